package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** routing-service chose an agent for a conversation; their load after the assignment is {@code agentLoad}. */
public record ConversationRouted(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String agentId, int agentLoad, int agentCapacity) implements RoutingDecision {
}
