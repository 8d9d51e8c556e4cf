package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * routing refused a manual request (self-assignment, transfer, supervisor assignment), or a conversation asked for an
 * agent while it already had one; nothing changed.
 *
 * @param agentId the agent the request named; {@code null} when it named none
 * @param requestId the request this answers
 */
public record AssignmentRejected(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        @Nullable String agentId, RejectionReason reason, UUID requestId) implements RoutingDecision {
}
