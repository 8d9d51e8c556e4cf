package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * No eligible agent had room: the conversation waits in its workspace's queue. Re-announced when its position
 * changes materially.
 *
 * @param previousAgentId only in records written before v0.3, when this also meant "requeued from that agent"; now
 *     {@link ConversationUnassigned} says so
 * @param position 1 for the next in line; defaults to {@code queueLength} in older records
 * @param estimatedWaitSeconds from the workspace's recent assignment rate; {@code null} until there is one
 * @param requestId the input this decision answers; {@code null} for a re-announcement
 */
public record ConversationQueued(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        int queueLength, @Nullable String previousAgentId, Integer position, @Nullable Long estimatedWaitSeconds,
        @Nullable UUID requestId) implements RoutingDecision {

    public ConversationQueued {
        position = position == null ? Integer.valueOf(queueLength) : position;
    }
}
