package dev.switchboard.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API as an operator's tool calls it: plain HTTP with a Bearer token. */
final class AdminClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AdminClient() {
    }

    static HttpResponse<String> get(URI uri, @Nullable String token) throws IOException, InterruptedException {
        return HTTP.send(authorized(HttpRequest.newBuilder(uri).GET(), token), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URI uri, @Nullable String token) throws IOException, InterruptedException {
        return HTTP.send(authorized(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()), token),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private static HttpRequest authorized(HttpRequest.Builder request, @Nullable String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.timeout(Duration.ofSeconds(30)).build();
    }
}
