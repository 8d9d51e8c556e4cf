package dev.switchboard.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every service's bad-input table shares: sending a request byte for byte as an attacker would (no client
 * library to tidy it up), checking the RFC 9457 answer, and counting rows tried and refused into
 * {@code target/bad-input-figures/<suite>.json} so that docs/bad-input.md can be regenerated from a run.
 */
public final class BadInputTable {

    public static final String PROBLEM_BASE = "https://switchboard.dev/problems/";
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Text that looks hostile but is what people write, so every text field stores and sends it verbatim: markup, an
     * RTL override, 4-byte emoji, and query or operator syntax.
     */
    public static final List<String> ODD_BUT_LEGITIMATE_TEXTS = List.of("<script>alert('x')</script>",
            "Price \u202E0.01$\u202C please", "Thanks \uD83D\uDE00\uD83D\uDC4D", "'; db.messages.drop(); //",
            "{\"$where\": \"sleep(1000)\"}");

    private final String suite;
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public BadInputTable(String suite) {
        this.suite = suite;
    }

    /**
     * One row of a table: its name, how to send it given the test instance {@code T} (which knows the port and its
     * fixtures), and the refusal it must get (see {@link #refusal}).
     */
    public record Row<T>(String name, Function<T, Answer> call, int status, String slug, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** An answer as the client saw it. */
    public record Answer(int status, String contentType, String body) {

        /** The problem's {@code type}, or empty when the body is not a problem detail. */
        public String problemType() {
            Matcher type = TYPE.matcher(body);
            return contentType.startsWith("application/problem+json") && type.find() ? type.group(1) : "";
        }
    }

    /** Sends {@code body} with exactly {@code headers} (name, value pairs); an I/O failure fails the row. */
    public static Answer send(String method, URI uri, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 && !"POST".equals(method) && !"PUT".equals(method)
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a WebSocket to {@code uri} as a browser would; a refused handshake is answered as the server sent it,
     * an accepted one as status 101 (the socket is closed at once).
     */
    public static Answer handshake(URI uri) {
        try {
            WebSocket socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, new WebSocket.Listener() { }).get(30, TimeUnit.SECONDS);
            socket.abort();
            return new Answer(101, "", "");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                HttpResponse<?> response = refused.getResponse();
                Object body = response.body();
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        body instanceof byte[] bytes ? new String(bytes, UTF_8) : String.valueOf(body));
            }
            throw new IllegalStateException("handshake with " + uri + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer to the handshake with " + uri, e);
        }
    }

    /**
     * Counts the row, and checks it was refused as expected: {@code status}, a problem of type {@code slug}, naming
     * {@code field} (when not empty) in its body. An empty {@code slug} is a refusal by the web server's connector,
     * before any application code (a header over Tomcat's limit): the status alone is checked. Answers the failure,
     * or an empty string when the row holds.
     */
    public String refusal(Answer answer, int status, String slug, String field) {
        tried.incrementAndGet();
        String failure = answer.status() != status ? "status " + answer.status() + " instead of " + status
                : !slug.isEmpty() && !answer.problemType().equals(PROBLEM_BASE + slug)
                        ? "type '" + answer.problemType() + "' instead of " + slug
                : !answer.body().contains(field) ? "no mention of " + field : "";
        if (failure.isEmpty() && status >= 400) {
            refused.incrementAndGet();
        }
        return failure.isEmpty() ? "" : failure + " — " + answer.body();
    }

    /** Counts a row whose input is legitimate and accepted (stored verbatim), so the figures say so. */
    public void accepted() {
        tried.incrementAndGet();
    }

    /** Counts a fuzz loop's outcome at once: {@code refusedCount} inputs refused cleanly, {@code readCount} read. */
    public void fuzzed(int refusedCount, int readCount) {
        tried.addAndGet(refusedCount + readCount);
        refused.addAndGet(refusedCount);
    }

    /** Counts one fuzzed input: refused cleanly (a 4xx, or the parser's own "malformed") or read. */
    public void fuzzed(boolean wasRefused) {
        tried.incrementAndGet();
        if (wasRefused) {
            refused.incrementAndGet();
        }
    }

    /** Writes {@code {"suite":..,"tried":..,"refused":..,"accepted":..}} under the module's target directory. */
    public void writeFigures() {
        Path file = Path.of("target", "bad-input-figures", suite + ".json");
        String json = "{\"suite\":\"%s\",\"tried\":%d,\"refused\":%d,\"accepted\":%d}%n".formatted(suite, tried.get(),
                refused.get(), tried.get() - refused.get());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #ODD_BUT_LEGITIMATE_TEXTS}, as a JUnit {@code @MethodSource}. */
    public static List<String> oddButLegitimateTexts() {
        return ODD_BUT_LEGITIMATE_TEXTS;
    }

    /** True when the service's health endpoint answers UP. */
    public static boolean healthy(URI health) {
        Answer answer = send("GET", health, new byte[0], "Accept", "application/json");
        return answer.status() == 200 && answer.body().contains("\"UP\"");
    }

    /** A text as raw bytes with one of its placeholders {@code \uFFFD} replaced by {@code bytes}, for invalid UTF-8. */
    public static byte[] withBytes(String text, byte... bytes) {
        String[] parts = text.split("\uFFFD", 2);
        byte[] head = parts[0].getBytes(UTF_8);
        byte[] tail = parts.length > 1 ? parts[1].getBytes(UTF_8) : new byte[0];
        byte[] all = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
        return all;
    }
}
