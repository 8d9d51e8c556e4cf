package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.notify.security.TestTokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /sse/agent} as an EventSource sees it: the sockets' frames as events with ids, resumed by Last-Event-ID. */
class AgentEventSourceIntegrationTest extends AgentPushTestBase {

    @Test
    void streamsTheSameFramesWithPositionsAsIdsAndResumesFromLastEventId() throws Exception {
        // Given: alice's stream, opened with a Bearer token
        String lastId;
        ConversationAssigned assigned = assigned(workspace, "alice");
        try (SseTestClient alice = SseTestClient.open(request("/sse/agent")
                .header("Authorization", "Bearer " + TestTokens.agent(workspace, "alice")).build())) {
            assertThat(alice.status()).isEqualTo(200);
            assertThat(alice.contentType()).startsWith("text/event-stream");
            SseTestClient.Event connected = alice.next();
            assertThat(connected.type()).isEqualTo(CONNECTED);
            assertThat(connected.id()).isEqualTo(connected.data().get("position").asString());
            // When
            publish(assigned);
            // Then
            SseTestClient.Event event = alice.next();
            assertThat(event.type()).isEqualTo("dev.switchboard.conversation.assigned.v1");
            assertThat(event.data().get("id").asString()).isEqualTo(assigned.eventId().toString());
            assertThat(event.id()).isEqualTo(event.data().get("position").asString()).isNotEqualTo(connected.id());
            lastId = event.id();
        }
        // and while she was away, two events for her and one for another workspace
        MessageAppended first = appended("alice");
        MessageAppended second = appended(workspace, "alice", "Still down.");
        publish(first, appended("ws-" + UUID.randomUUID(), "alice", "elsewhere"), second);
        // When: EventSource reconnects, token as a query parameter, with the last id it saw
        try (SseTestClient alice = SseTestClient.open(request("/sse/agent?access_token="
                + TestTokens.agent(workspace, "alice")).header("Last-Event-ID", lastId).build())) {
            // Then
            assertThat(messageIdOf(alice.next())).isEqualTo(first.messageId());
            assertThat(messageIdOf(alice.next())).isEqualTo(second.messageId());
            SseTestClient.Event connected = alice.next();
            assertThat(connected.type()).isEqualTo(CONNECTED);
            assertThat(connected.data().at("/data/replayed").asInt()).isEqualTo(2);
        }
    }

    @Test
    void refusesAStreamWithoutAValidAgentTokenAsAProblemDetail() throws Exception {
        // Given
        String visitorToken = TestTokens.visitor(workspace, "demo-webchat", "visitor-7");
        for (HttpRequest refused : new HttpRequest[] {request("/sse/agent").build(),
                request("/sse/agent").header("Authorization", "Bearer " + visitorToken).build(),
                request("/sse/agent?access_token=garbage").build()}) {
            // When
            var response = HttpClient.newHttpClient().send(refused, BodyHandlers.ofString());
            // Then
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JsonMapper.shared().readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://switchboard.dev/problems/invalid-token");
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(http(pathAndQuery)).header("Accept", "text/event-stream").GET();
    }

    private static String messageIdOf(SseTestClient.Event event) {
        return event.data().at("/data/messageId").asString();
    }
}
