package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** An agent no longer holds a conversation, so their capacity frees up and the queue may drain. */
public record ConversationReleased(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String agentId, ReleaseReason reason) implements RoutingInput {
}
