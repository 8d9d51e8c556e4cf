package dev.switchboard.ingest.webchat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.ingest.EmbeddedBroker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a website embedding the widget fetches: the script, the inbox's config (cross-origin), the local demo. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class WidgetAssetsTest implements EmbeddedBroker {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void servesTheScriptTheDemoPageAndTheInboxConfigToAnAllowedSite() throws Exception {
        // When a page on an allowed origin loads the script and asks where the visitor socket is
        HttpResponse<String> script = get("/webchat/widget.js", null);
        HttpResponse<String> demo = get("/webchat/demo.html", null);
        HttpResponse<String> config = get("/webchat/demo-webchat/config", "http://localhost:3000");

        // Then the script and the demo page (local profile) are served, and the config names notify's socket
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("attachShadow", "/ws/webchat/");
        assertThat(demo.body()).contains("data-inbox=\"demo-webchat\"");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
        JsonNode body = JsonMapper.shared().readTree(config.body());
        assertThat(body.get("socketUrl").asString()).isEqualTo("ws://127.0.0.1:8084/ws/webchat/demo-webchat");
    }

    @Test
    void refusesTheConfigOfAnInboxThatIsNoWebChat() throws Exception {
        // When a page asks for the config of an SMS inbox, then of an unknown one
        HttpResponse<String> sms = get("/webchat/demo-sms/config", null);
        HttpResponse<String> unknown = get("/webchat/nope/config", null);

        // Then neither exists for the widget
        assertThat(sms.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
