package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agent sockets as a UI client sees them: who hears which conversation event, and who may connect at all. */
class AgentPushIntegrationTest extends AgentPushTestBase {

    @Test
    void pushesTheAssigneesEventsToAllTheirTabsAndNobodyElse() throws Exception {
        // Given: alice in two tabs, bob in the same workspace, and an alice of another workspace
        String elsewhere = "ws-" + UUID.randomUUID();
        try (TestSocket aliceTab1 = connect(agentSocket(workspace, "alice"));
                TestSocket aliceTab2 = connect(agentSocket(workspace, "alice"));
                TestSocket bob = connect(agentSocket(workspace, "bob"));
                TestSocket aliceElsewhere = connect(agentSocket(elsewhere, "alice"))) {
            ConversationAssigned assigned = transferred(workspace, "alice", "carol");
            MessageAppended appended = appended("alice");
            var resolved = new ConversationResolved(UUID.randomUUID(), Instant.now(), workspace, conversation, "alice");
            // When: alice's events, then (same key, so in order) one event addressed to each bystander
            publish(assigned, appended, resolved, transferred(workspace, "bob", "carol"),
                    transferred(elsewhere, "alice", "carol"));
            // Then
            for (TestSocket tab : List.of(aliceTab1, aliceTab2)) {
                JsonNode first = tab.nextFrame();
                assertThat(first.get("type").asString()).isEqualTo("dev.switchboard.conversation.assigned.v1");
                assertThat(first.get("id").asString()).isEqualTo(assigned.eventId().toString());
                assertThat(first.get("subject").asString()).isEqualTo(conversation);
                assertThat(first.at("/data/agentId").asString()).isEqualTo("alice");
                assertThat(first.at("/data/workspaceId").asString()).isEqualTo(workspace);
                assertThat(first.get("position").asString()).isNotBlank();
                JsonNode second = tab.nextFrame();
                assertThat(second.get("type").asString())
                        .isEqualTo("dev.switchboard.conversation.message-appended.v1");
                assertThat(second.at("/data/messageId").asString()).isEqualTo(appended.messageId());
                assertThat(tab.nextFrame().get("type").asString())
                        .isEqualTo("dev.switchboard.conversation.resolved.v1");
            }
            // Then: each bystander's first frame is the one addressed to them, so alice's never reached them
            assertThat(bob.nextFrame().at("/data/agentId").asString()).isEqualTo("bob");
            assertThat(aliceElsewhere.nextFrame().at("/data/workspaceId").asString()).isEqualTo(elsewhere);
        }
    }

    @Test
    void refusesTheHandshakeWithoutAValidAgentToken() {
        // Given
        String visitorToken = TestTokens.visitor(workspace, "demo-webchat", "visitor-7");
        // When / Then
        assertThat(TestSocket.refusedStatus(socket("/ws/agent"))).isEqualTo(401);
        assertThat(TestSocket.refusedStatus(socket("/ws/agent?access_token=" + visitorToken))).isEqualTo(401);
        assertThat(TestSocket.refusedStatus(socket("/ws/agent?access_token=garbage"))).isEqualTo(401);
    }

    @Test
    void explainsTheRefusalAsAProblemDetail() throws Exception {
        // Given
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ws/agent")).GET().build();
        // When
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
        // Then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://switchboard.dev/problems/invalid-token");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
    }

    @Test
    void acceptsConfiguredBrowserOriginsOnlyButClientsWithoutOrigin() throws Exception {
        // Given
        URI uri = agentSocket(workspace, "alice");
        // When / Then
        assertThat(TestSocket.refusedStatus(uri, "http://evil.example")).isEqualTo(403);
        TestSocket.open(uri, "http://localhost:5173").close();
        TestSocket.open(uri).close();
    }
}
