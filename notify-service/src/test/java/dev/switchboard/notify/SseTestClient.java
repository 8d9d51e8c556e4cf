package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client reading Server-Sent Events as EventSource does: fields up to a blank line make an event. */
final class SseTestClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One dispatched event. */
    record Event(String id, String type, JsonNode data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final HttpResponse<Stream<String>> response;

    private SseTestClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseTestClient open(HttpRequest request) throws Exception {
        return new SseTestClient(HTTP.sendAsync(request, BodyHandlers.ofLines()).get(60, TimeUnit.SECONDS));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    Event next() throws InterruptedException {
        Event event = events.poll(60, TimeUnit.SECONDS);
        assertThat(event).as("an event within 60 s").isNotNull();
        return event;
    }

    boolean receivedWithin(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS) != null;
    }

    int comments() {
        return comments.get();
    }

    private void read() {
        String id = "";
        String type = "";
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, type, JsonMapper.shared().readTree(data.toString())));
                    }
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("id:")) {
                    id = value(line);
                } else if (line.startsWith("event:")) {
                    type = value(line);
                } else if (line.startsWith("data:")) {
                    data.append(value(line));
                }
            }
        } catch (UncheckedIOException e) {
            // the stream was closed by the test or the server
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
