package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** An agent takes a waiting conversation from the queue; answered by ConversationRouted or AssignmentRejected. */
public record SelfAssignmentRequested(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String agentId) implements RoutingInput {
}
