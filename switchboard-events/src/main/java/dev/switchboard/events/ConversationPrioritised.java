package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** A conversation's priority changed (a VIP, an outage): a waiting one moves in line, a held one keeps it for later. */
public record ConversationPrioritised(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        Priority priority) implements RoutingInput {
}
