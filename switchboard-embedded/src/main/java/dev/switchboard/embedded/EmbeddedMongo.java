package dev.switchboard.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A server speaking the MongoDB wire protocol ({@code mongo-java-server}), so services use the official driver and a
 * plain {@code mongodb://} URI exactly as against a real MongoDB. It offers single-document atomic operations and
 * unique indexes, but no multi-document transactions and no change streams: code must not rely on those.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final String uri;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.uri = "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Starts a server storing its data in an H2 file under {@code dataDir}, or in memory when it is null. */
    public static EmbeddedMongo start(@Nullable Path dataDir, int port) {
        MongoServer server = new MongoServer(backend(dataDir));
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, server.getLocalAddress());
    }

    /** The connection string for the driver; append a database name to it. */
    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    private static MongoBackend backend(@Nullable Path dataDir) {
        if (dataDir == null) {
            return new MemoryBackend();
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        return new H2Backend(dataDir.resolve("switchboard.mv").toString());
    }
}
