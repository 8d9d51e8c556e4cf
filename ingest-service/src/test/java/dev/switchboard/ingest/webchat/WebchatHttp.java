package dev.switchboard.ingest.webchat;

import dev.switchboard.ingest.ProblemResponses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The widget's side of the wire, for tests: plain HTTP calls against the running service. */
public final class WebchatHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    public WebchatHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return post(path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    /** Posts exactly these bytes as JSON, even when they are not valid UTF-8. */
    public HttpResponse<String> post(String path, byte[] json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> preflight(String path, String origin) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** Starts a session and returns its JSON ({@code visitorId}, {@code token}, {@code expiresAt}). */
    public JsonNode startSession(String inboxId, String json) {
        HttpResponse<String> response = post("/webchat/" + inboxId + "/sessions", json);
        if (response.statusCode() != 201) {
            throw new AssertionError("session not created: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return ProblemResponses.send(client, request);
    }
}
