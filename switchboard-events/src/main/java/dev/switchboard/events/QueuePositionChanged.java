package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation waits in its workspace's queue, at a new place in line (first queued, or moved materially).
 *
 * @param position 1 for the next in line
 * @param estimatedWaitSeconds from the workspace's recent assignment rate; {@code null} until there is one
 */
public record QueuePositionChanged(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        int position, int queueLength, @Nullable Long estimatedWaitSeconds) implements ConversationChange {
}
