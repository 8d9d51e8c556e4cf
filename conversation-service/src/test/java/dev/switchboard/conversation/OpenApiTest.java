package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API describes itself at /v3/api-docs (and in Swagger UI) to anyone, with its bearer scheme and problems. */
class OpenApiTest extends SwitchboardIntegrationTest {

    @Test
    void theDescriptionListsTheApiWithItsSecurityAndProblems() {
        // Given / When an anonymous client reads the description
        AgentApi.Response docs = api.get("/v3/api-docs", null);

        // Then it lists the API's paths, all behind the bearer scheme but sign-in, with problem-detail errors
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/conversations", "/api/v1/conversations/{id}",
                "/api/v1/conversations/{id}/messages", "/api/v1/conversations/{id}/notes",
                "/api/v1/conversations/{id}/snooze", "/api/v1/conversations/{id}/reopen",
                "/api/v1/conversations/{id}/resolve", "/api/v1/contacts/{id}", "/api/v1/contacts/{id}/merge",
                "/api/v1/agents/me/status", "/api/v1/agents/{agentId}/profile", "/api/v1/workspace/settings",
                "/api/v1/auth/token");
        assertThat(paths.path("/api/v1/conversations/{id}").has("patch")).isTrue();
        JsonNode scheme = docs.body().path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(docs.body().path("security").get(0).has("bearer")).isTrue();
        assertThat(paths.path("/api/v1/auth/token").path("post").path("security").isEmpty()).isTrue();
        assertThat(docs.body().path("components").path("schemas").path("Problem").path("properties")
                .propertyNames()).contains("type", "title", "status", "detail", "errors");
        JsonNode put = paths.path("/api/v1/workspace/settings").path("put");
        for (String status : new String[] {"400", "401", "403"}) {
            assertThat(put.path("responses").path(status).path("content").path("application/problem+json")
                    .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        }
        // and the queue's filters are query parameters each; the agent a request acts for is never one (the token's)
        assertThat(paths.path("/api/v1/conversations").path("get").path("parameters").findValuesAsString("name"))
                .containsExactlyInAnyOrder("status", "assignee", "team", "inbox", "channel", "priority", "label",
                        "limit", "cursor");
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        // Given / When a browser opens Swagger UI without signing in
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());

        // Then the page is there
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
