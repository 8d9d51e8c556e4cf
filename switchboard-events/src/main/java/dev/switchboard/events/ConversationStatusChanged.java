package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation moved from one status to another: snoozed, woken, resolved, reopened.
 *
 * @param agentId the agent who did it when {@code cause} is AGENT; {@code null} otherwise
 * @param assigneeId the agent who holds (or last held) it, so their UI can follow it
 * @param snoozedUntil when a snoozed conversation wakes by itself; only when {@code to} is SNOOZED
 */
public record ConversationStatusChanged(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        ConversationStatus from, ConversationStatus to, StatusCause cause, @Nullable String agentId,
        @Nullable String assigneeId, @Nullable Instant snoozedUntil) implements ConversationChange {
}
