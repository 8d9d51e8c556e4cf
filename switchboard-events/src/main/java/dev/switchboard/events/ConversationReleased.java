package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation no longer needs its agent (resolved, closed, snoozed, transferred away), so their capacity frees up
 * and the queue may drain.
 *
 * @param agentId who held it; {@code null} when nobody did, which withdraws it from the queue if it still waits
 */
public record ConversationReleased(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        @Nullable String agentId, ReleaseReason reason) implements RoutingInput {
}
