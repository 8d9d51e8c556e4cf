package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** A conversation was taken from its agent (offline past the grace period, or moved to a team) and waits again. */
public record AgentUnassigned(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String previousAgentId, UnassignmentReason reason) implements ConversationChange {
}
