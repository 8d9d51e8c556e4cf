package dev.switchboard.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded Kafka broker and one in-memory Mongo-compatible server per test JVM, started on first use and
 * stopped when the JVM exits. Integration tests read the addresses from here instead of mocking either.
 */
public final class SharedInfrastructure {

    private static volatile SharedInfrastructure instance;

    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;

    private SharedInfrastructure(EmbeddedKafka kafka, EmbeddedMongo mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static SharedInfrastructure get() {
        SharedInfrastructure current = instance;
        if (current == null) {
            synchronized (SharedInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    /** The broker's {@code host:port}. */
    public static String kafkaBootstrapServers() {
        return get().kafka.bootstrapServers();
    }

    /** A {@code mongodb://} URI without a database name. */
    public static String mongoUri() {
        return get().mongo.uri();
    }

    public static EmbeddedKafka kafka() {
        return get().kafka;
    }

    private static SharedInfrastructure start() {
        try {
            Path dir = Files.createTempDirectory("switchboard-test-kafka");
            SharedInfrastructure started = new SharedInfrastructure(EmbeddedKafka.start(dir, 0),
                    EmbeddedMongo.start(null, 0));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "shared-infrastructure-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        mongo.close();
        kafka.close();
    }
}
