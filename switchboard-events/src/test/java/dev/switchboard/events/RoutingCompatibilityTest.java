package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Routing records written before v0.3 still decode, their new fields taking the documented defaults. */
class RoutingCompatibilityTest {

    private static final String HEAD = "{\"eventId\":\"00000000-0000-4000-8000-000000000008\","
            + "\"occurredAt\":\"2026-11-23T09:58:00Z\",\"workspaceId\":\"demo\",";

    @Test
    void anOldConversationWaitingIsANewConversationForAnyoneWaitingSinceItOccurred() {
        // Given a v0.2 ConversationWaiting
        String json = HEAD + "\"conversationId\":\"c1\",\"inboxId\":\"demo-webchat\",\"channel\":\"WEBCHAT\","
                + "\"priority\":\"NORMAL\"}";

        // When it is decoded
        ConversationWaiting waiting = decode(json, ConversationWaiting.class);

        // Then no team, no skills, no preferred agent, waiting since it occurred, NEW
        assertThat(waiting.team()).isNull();
        assertThat(waiting.requiredSkills()).isEmpty();
        assertThat(waiting.preferredAgentId()).isNull();
        assertThat(waiting.waitingSince()).isEqualTo(EventFixtures.AT);
        assertThat(waiting.reason()).isEqualTo(WaitingReason.NEW);
    }

    @Test
    void anOldPresenceChangeWasChosen() {
        // Given a v0.2 AgentPresenceChanged
        String json = HEAD + "\"agentId\":\"alice\",\"presence\":\"OFFLINE\",\"capacity\":6}";

        // When it is decoded
        // Then the agent chose it (no grace period)
        assertThat(decode(json, AgentPresenceChanged.class).reason()).isEqualTo(PresenceReason.CHOSEN);
    }

    @Test
    void oldDecisionsDecodeWithAutoReasonAndTheirQueueLengthAsPosition() {
        // Given v0.2 ConversationRouted and ConversationQueued
        String routed = HEAD + "\"conversationId\":\"c1\",\"agentId\":\"alice\",\"agentLoad\":1,\"agentCapacity\":6}";
        String queued = HEAD + "\"conversationId\":\"c1\",\"queueLength\":3,\"previousAgentId\":\"bob\"}";

        // When they are decoded
        ConversationRouted readRouted = decode(routed, ConversationRouted.class);
        ConversationQueued readQueued = decode(queued, ConversationQueued.class);

        // Then the new fields take their defaults
        assertThat(readRouted.reason()).isEqualTo(AssignmentReason.AUTO);
        assertThat(readRouted.agentLoad()).isEqualTo(1.0);
        assertThat(readRouted.candidates()).isEmpty();
        assertThat(readRouted.override()).isFalse();
        assertThat(readQueued.position()).isEqualTo(3);
        assertThat(readQueued.previousAgentId()).isEqualTo("bob");
        assertThat(readQueued.estimatedWaitSeconds()).isNull();
    }

    private static <T extends SwitchboardEvent> T decode(String json, Class<T> type) {
        return EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
