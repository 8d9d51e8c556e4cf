package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agent console is static and public (its API calls carry tokens); its config tells it where the others are. */
class ConsoleTest extends SwitchboardIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheConsoleAndItsConfigWithoutATokenWhileTheApiStillWantsOne() throws Exception {
        // When a browser with no token opens the console, its script and its config
        HttpResponse<String> page = get("/console/");
        HttpResponse<String> script = get("/console/js/app.js");
        JsonNode config = JsonMapper.shared().readTree(get("/console/config.json").body());

        // Then each is served, the config naming the local notify and routing services
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Switchboard console</title>", "type=\"module\"");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(config.get("notifyUrl").asString()).isEqualTo("http://127.0.0.1:8084");
        assertThat(config.get("routingUrl").asString()).isEqualTo("http://127.0.0.1:8083");
        // and the API behind it still answers only to a token
        assertThat(get("/api/v1/conversations").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
