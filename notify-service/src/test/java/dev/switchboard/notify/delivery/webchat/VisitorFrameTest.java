package dev.switchboard.notify.delivery.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.EventFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The widget frame stays small and stable. */
class VisitorFrameTest {

    @Test
    void carriesTheReplyAsTheWidgetReadsIt() {
        // Given
        AgentReplied reply = EventFixtures.agentReplied();
        // When
        var frame = JsonMapper.shared().readTree(VisitorFrame.of(reply).getPayload());
        // Then
        assertThat(frame.propertyNames()).containsExactly("type", "messageId", "conversationId", "text", "author",
                "sentAt");
        assertThat(frame.get("type").asString()).isEqualTo("message");
        assertThat(frame.get("messageId").asString()).isEqualTo(reply.messageId());
        assertThat(frame.get("conversationId").asString()).isEqualTo(reply.conversationId());
        assertThat(frame.get("text").asString()).isEqualTo("Let's get you back online.");
        assertThat(frame.at("/author/kind").asString()).isEqualTo("AGENT");
        assertThat(frame.at("/author/id").asString()).isEqualTo("alice");
        assertThat(frame.get("sentAt").asString()).isEqualTo("2026-11-23T09:58:00Z");
    }
}
