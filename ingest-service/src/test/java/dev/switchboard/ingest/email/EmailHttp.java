package dev.switchboard.ingest.email;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.ingest.ProblemResponses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A mail relay's side of the wire, for tests: raw messages POSTed with HTTP Basic, as curl or a pipe script does. */
final class EmailHttp {

    static final String INBOX = "demo-email";
    static final String SECRET = "local-only-email-relay-secret-demo";
    static final String PATH = "/webhooks/email/" + INBOX;
    static final String RFC822 = "message/rfc822";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    EmailHttp(int port) {
        this.port = port;
    }

    /** POSTs {@code eml} to the demo inbox with its relay credentials. */
    HttpResponse<String> relay(byte[] eml) {
        return post(PATH, RFC822, HttpRequest.BodyPublishers.ofByteArray(eml),
                RelayCredentialsTest.basic(INBOX + ":" + SECRET));
    }

    /** POSTs {@code body} as {@code contentType}, with {@code authorization} unless it is null. */
    HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return ProblemResponses.send(client, request.build());
    }

    /** A body sent chunked, without a Content-Length, so only reading it tells its size. */
    static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /**
     * Sends only the head of a request announcing {@code contentLength} bytes and returns the status line of the
     * answer: proof that the server answered without waiting for (or reading) the body.
     */
    String statusLineForAnnouncedLength(long contentLength) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + RFC822
                    + "\r\nAuthorization: " + RelayCredentialsTest.basic(INBOX + ":" + SECRET)
                    + "\r\nContent-Length: " + contentLength + "\r\n\r\n").getBytes(UTF_8));
            out.flush();
            return readLine(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return new String(line.toString().getBytes(ISO_8859_1), UTF_8).strip();
    }
}
