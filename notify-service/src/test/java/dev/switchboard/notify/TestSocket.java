package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK WebSocket client, as a UI would open one, collecting the text frames it receives. */
final class TestSocket implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final Semaphore pongs = new Semaphore(0);
    private WebSocket socket;

    /** Opens the socket and waits for a pong, which the server sends only once the socket is fully registered. */
    static TestSocket open(URI uri) throws Exception {
        return open(HTTP.newWebSocketBuilder(), uri);
    }

    /** Opens the socket as a browser page of {@code origin} would. */
    static TestSocket open(URI uri, String origin) throws Exception {
        return open(HTTP.newWebSocketBuilder().header("Origin", origin), uri);
    }

    private static TestSocket open(WebSocket.Builder builder, URI uri) throws Exception {
        TestSocket client = new TestSocket();
        client.socket = builder.connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, client)
                .get(60, TimeUnit.SECONDS);
        client.socket.sendPing(ByteBuffer.allocate(0)).get(60, TimeUnit.SECONDS);
        assertThat(client.pongs.tryAcquire(60, TimeUnit.SECONDS)).as("pong from the server").isTrue();
        return client;
    }

    /** The HTTP status the server answered a refused handshake with. */
    static int refusedStatus(URI uri) {
        return refusedStatus(HTTP.newWebSocketBuilder(), uri);
    }

    static int refusedStatus(URI uri, String origin) {
        return refusedStatus(HTTP.newWebSocketBuilder().header("Origin", origin), uri);
    }

    private static int refusedStatus(WebSocket.Builder builder, URI uri) {
        try {
            builder.buildAsync(uri, new TestSocket()).join().abort();
            return fail("handshake to %s was accepted", uri.getPath());
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    JsonNode nextFrame() throws InterruptedException {
        String frame = frames.poll(60, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 60 s").isNotNull();
        return JsonMapper.shared().readTree(frame);
    }

    boolean receivedWithin(Duration wait) throws InterruptedException {
        return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS) != null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        pongs.release();
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
