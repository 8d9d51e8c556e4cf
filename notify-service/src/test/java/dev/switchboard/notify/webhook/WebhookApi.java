package dev.switchboard.notify.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The webhook admin API as an operator's tool calls it: JSON over plain HTTP with a Bearer token. */
final class WebhookApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    WebhookApi(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/webhooks/endpoints";
    }

    HttpResponse<String> get(String path, @Nullable String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    HttpResponse<String> post(String path, @Nullable String token, @Nullable String json) {
        return send(HttpRequest.newBuilder(uri(path)).POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"), token);
    }

    HttpResponse<String> put(String path, @Nullable String token, String json) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), token);
    }

    HttpResponse<String> delete(String path, @Nullable String token) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), token);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, @Nullable String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the API did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
