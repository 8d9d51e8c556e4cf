package dev.switchboard.notify.webhook;

import static dev.switchboard.notify.webhook.WebhookFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.notify.security.TestTokens;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The endpoint admin API: who may use it, what it refuses and why, and what it shows. */
class WebhookEndpointApiTest extends WebhookIntegrationTest {

    private static final String PROBLEMS = "https://switchboard.dev/problems/";

    @Test
    void letsOnlySupervisorsAndAdminsIn() {
        // Given
        String workspace = workspace();
        String body = "{\"url\":\"" + receiverUrl("/hook") + "\"}";

        // When
        HttpResponse<String> anonymous = api.get("", null);
        HttpResponse<String> agentRegistering = api.post("", TestTokens.agent(workspace, "alice"), body);
        HttpResponse<String> agentListing = api.get("", TestTokens.agent(workspace, "alice"));
        HttpResponse<String> admin = api.get("", TestTokens.mint(TestTokens.AGENT_SECRET, "switchboard", "ada",
                Map.of("ws", workspace, "role", "ADMIN"), Instant.now().plusSeconds(3600)));

        // Then
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(type(anonymous)).isEqualTo(PROBLEMS + "invalid-token");
        assertThat(agentRegistering.statusCode()).isEqualTo(403);
        assertThat(type(agentRegistering)).isEqualTo(PROBLEMS + "forbidden");
        assertThat(agentListing.statusCode()).isEqualTo(403);
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void anotherWorkspacesEndpointIsNotFoundWhateverIsAsked() {
        // Given
        Endpoint theirs = register(workspace(), "/theirs");
        String ours = TestTokens.supervisor(workspace(), "sam");
        String settings = "{\"url\":\"" + receiverUrl("/mine") + "\"}";

        // When
        List<HttpResponse<String>> answers = List.of(api.get("/" + theirs.id(), ours),
                api.put("/" + theirs.id(), ours, settings), api.post("/" + theirs.id() + "/disable", ours, null),
                api.post("/" + theirs.id() + "/enable", ours, null), api.delete("/" + theirs.id(), ours),
                api.get("/" + theirs.id() + "/deliveries", ours),
                api.post("/" + theirs.id() + "/deliveries/replay-failed", ours, null));

        // Then
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(type(answer)).isEqualTo(PROBLEMS + "webhook-endpoint-not-found");
        });
        assertThat(WebhookApi.json(api.get("", ours))).isEmpty();
        assertThat(WebhookApi.json(api.get("/" + theirs.id(), theirs.token())).get("enabled").asBoolean()).isTrue();
    }

    @Test
    void showsTheSecretOnlyInTheAnswerToTheRegistration() {
        // Given
        String workspace = workspace();
        String token = TestTokens.supervisor(workspace, "sam");
        String given = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        // When
        HttpResponse<String> generated = api.post("", token, "{\"url\":\"" + receiverUrl("/a") + "\"}");
        HttpResponse<String> chosen = api.post("", token, "{\"url\":\"" + receiverUrl("/b") + "\",\"secret\":\""
                + given + "\",\"description\":\"CRM\",\"eventTypes\":[\"" + WebhookFixtures.RESOLVED + "\"]}");
        JsonNode listed = WebhookApi.json(api.get("", token));

        // Then
        assertThat(generated.statusCode()).isEqualTo(201);
        JsonNode first = WebhookApi.json(generated);
        assertThat(generated.headers().firstValue("Location")).contains("/api/v1/webhooks/endpoints/"
                + first.get("id").asString());
        assertThat(WebhookSignature.isWellFormed(first.get("secret").asString())).isTrue();
        assertThat(first.get("eventTypes").valueStream().map(JsonNode::asString)).containsExactly("*");
        assertThat(WebhookApi.json(chosen).get("secret").asString()).isEqualTo(given);
        assertThat(listed).hasSize(2).allSatisfy(endpoint -> assertThat(endpoint.has("secret")).isFalse());
        assertThat(listed.get(1).get("description").asString()).isEqualTo("CRM");
        assertThat(WebhookApi.json(api.get("/" + first.get("id").asString(), token)).has("secret")).isFalse();
        listed.forEach(endpoint -> api.delete("/" + endpoint.get("id").asString(), token));
    }

    @Test
    void refusesInvalidRequestsNamingTheFieldsAtFault() {
        // Given
        String token = TestTokens.supervisor(workspace(), "sam");
        String url = receiverUrl("/hook");

        // When
        HttpResponse<String> noUrl = api.post("", token, "{\"eventTypes\":[\"*\"]}");
        HttpResponse<String> unknownType = api.post("", token, "{\"url\":\"" + url + "\",\"eventTypes\":[\"*\","
                + "\"dev.switchboard.routing.conversation-routed.v1\"]}");
        HttpResponse<String> noTypes = api.post("", token, "{\"url\":\"" + url + "\",\"eventTypes\":[]}");
        HttpResponse<String> shortSecret = api.post("", token, "{\"url\":\"" + url + "\",\"secret\":\"whsec_c2hvcnQ=\"}");
        HttpResponse<String> notJson = api.post("", token, "{\"url\":");

        // Then
        assertThat(List.of(noUrl, unknownType, noTypes, shortSecret)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(type(answer)).isEqualTo(PROBLEMS + "invalid-request");
        });
        assertThat(fields(noUrl)).containsExactly("url");
        assertThat(fields(unknownType)).containsExactly("eventTypes[1]");
        assertThat(fields(noTypes)).containsExactly("eventTypes");
        assertThat(fields(shortSecret)).containsExactly("secret");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(type(notJson)).isEqualTo(PROBLEMS + "malformed-request");
        assertThat(WebhookApi.json(api.get("", token))).isEmpty();
    }

    @Test
    void refusesUrlsThatLeadIntoOurOwnNetworks() {
        // Given the test allows 127.0.0.1 only, as production allows nothing
        Endpoint registered = register(workspace(), "/hook");
        List<String> internal = List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:8080/hook", "http://192.168.1.10/", "http://172.20.0.5/", "http://100.64.0.1/",
                "http://127.0.0.2/", "ftp://93.184.216.34/hook");

        // When / Then
        for (String url : internal) {
            HttpResponse<String> answer = api.post("", registered.token(), "{\"url\":\"" + url + "\"}");
            assertThat(answer.statusCode()).as(url).isEqualTo(422);
            assertThat(type(answer)).isEqualTo(PROBLEMS + "webhook-url-refused");
        }
        HttpResponse<String> moved = api.put("/" + registered.id(), registered.token(),
                "{\"url\":\"http://10.1.1.1/hook\"}");
        assertThat(moved.statusCode()).isEqualTo(422);
        assertThat(WebhookApi.json(moved).get("detail").asString())
                .isEqualTo("This URL cannot receive webhooks: the host resolves to a private address.");
        assertThat(WebhookApi.json(api.get("", registered.token()))).hasSize(1);
    }

    @Test
    void updatesDisablesEnablesAndDeletesAnEndpoint() {
        // Given
        Endpoint endpoint = register(workspace(), "/before");

        // When / Then: update
        JsonNode updated = WebhookApi.json(api.put("/" + endpoint.id(), endpoint.token(), "{\"url\":\""
                + receiverUrl("/after") + "\",\"eventTypes\":[\"" + WebhookFixtures.OPENED + "\"],\"description\":\"x\"}"));
        assertThat(updated.get("url").asString()).isEqualTo(receiverUrl("/after"));
        assertThat(updated.get("eventTypes").valueStream().map(JsonNode::asString))
                .containsExactly(WebhookFixtures.OPENED);
        assertThat(updated.has("secret")).isFalse();

        // disable, enable
        JsonNode disabled = WebhookApi.json(api.post("/" + endpoint.id() + "/disable", endpoint.token(), null));
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("disabledReason").asString()).isEqualTo("admin");
        JsonNode enabled = WebhookApi.json(api.post("/" + endpoint.id() + "/enable", endpoint.token(), null));
        assertThat(enabled.get("enabled").asBoolean()).isTrue();
        assertThat(enabled.get("disabledReason").isNull()).isTrue();

        // delete
        assertThat(api.delete("/" + endpoint.id(), endpoint.token()).statusCode()).isEqualTo(204);
        assertThat(api.get("/" + endpoint.id(), endpoint.token()).statusCode()).isEqualTo(404);
        assertThat(api.get("/" + endpoint.id() + "/deliveries", endpoint.token()).statusCode()).isEqualTo(404);
    }

    private static String type(HttpResponse<String> answer) {
        return WebhookApi.json(answer).get("type").asString();
    }

    private static List<String> fields(HttpResponse<String> answer) {
        return WebhookApi.json(answer).get("errors").valueStream().map(error -> error.get("field").asString())
                .toList();
    }
}
