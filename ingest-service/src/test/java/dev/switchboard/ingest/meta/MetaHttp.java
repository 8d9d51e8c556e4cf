package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.ingest.ProblemResponses;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Meta's side of the wire, for tests: JSON POSTs signed the way Meta signs them, and the handshake GET. */
final class MetaHttp {

    static final String JSON = "application/json";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    MetaHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** POSTs {@code body} as JSON, signed with the demo app secret over exactly its UTF-8 bytes. */
    HttpResponse<String> postSigned(String path, String body) {
        return postSigned(path, body.getBytes(UTF_8));
    }

    HttpResponse<String> postSigned(String path, byte[] body) {
        return post(path, JSON, HttpRequest.BodyPublishers.ofByteArray(body), SignedMetaRequests.SIGNATURE_HEADER,
                MetaSignature.compute(MetaSamples.APP_SECRET, body));
    }

    /** POSTs {@code body} chunked, with no length declared, signed with the demo app secret. */
    HttpResponse<String> postSignedChunked(String path, byte[] body) {
        return post(path, JSON, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                SignedMetaRequests.SIGNATURE_HEADER, MetaSignature.compute(MetaSamples.APP_SECRET, body));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        return post(path, contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET());
    }

    private HttpResponse<String> post(String path, String contentType, BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return ProblemResponses.send(client, request.build());
    }

    static void assertEventReceived(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo(MetaWebhookController.EVENT_RECEIVED);
    }

    static String newMid() {
        return "m_" + UUID.randomUUID().toString().replace("-", "");
    }

    static String newWamid() {
        return "wamid.HBgL" + UUID.randomUUID().toString().replace("-", "") + "=";
    }

    /** A fresh customer id of {@code digits} digits: a PSID, an IGSID or a WhatsApp wa_id. */
    static String newCustomerId(int digits) {
        StringBuilder id = new StringBuilder("9");
        while (id.length() < digits) {
            id.append(ThreadLocalRandom.current().nextInt(10));
        }
        return id.toString();
    }
}
