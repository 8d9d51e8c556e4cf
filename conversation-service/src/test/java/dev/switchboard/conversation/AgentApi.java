package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** The agents' REST API as a UI client calls it, over real HTTP. */
final class AgentApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    AgentApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in and answers the access token, failing the test if sign-in fails. */
    String tokenFor(String username, String password) {
        Response response = signIn(username, password);
        assertThat(response.status()).as("sign-in of %s", username).isEqualTo(200);
        return response.text("accessToken");
    }

    Response signIn(String username, String password) {
        return send("POST", "/api/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    Response get(String path, @Nullable String token) {
        return send("GET", path, token, null);
    }

    Response post(String path, @Nullable String token, @Nullable Object body, String... headers) {
        return send("POST", path, token, body, headers);
    }

    Response put(String path, @Nullable String token, Object body) {
        return send("PUT", path, token, body);
    }

    Response patch(String path, @Nullable String token, Object body) {
        return send("PATCH", path, token, body);
    }

    /** Every item of a paged list, following {@code next} (at most 50 pages), as a UI scrolling to the end would. */
    List<JsonNode> all(String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        String next = null;
        for (int page = 0; page < 50; page++) {
            String separator = path.contains("?") ? "&" : "?";
            Response response = get(next == null ? path : path + separator + "cursor=" + next, token);
            assertThat(response.status()).as("%s", path).isEqualTo(200);
            response.body().path("items").forEach(items::add);
            next = response.body().path("next").asString(null);
            if (next == null) {
                return items;
            }
        }
        throw new AssertionError(path + " has more than 50 pages");
    }

    /** The ids of every item of a paged list. */
    List<String> allIds(String path, String token) {
        return all(path, token).stream().map(item -> item.path("id").asString()).toList();
    }

    private Response send(String method, String path, @Nullable String token, @Nullable Object body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        request.header("Content-Type", "application/json").method(method, publisher);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A status, the parsed JSON body and the headers. */
    record Response(int status, JsonNode body, HttpHeaders headers) {

        String text(String field) {
            return body.path(field).asString();
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }
}
