package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The conversation was resolved; the next customer message opens a new one. */
public record ConversationResolved(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        @Nullable String agentId) implements ConversationChange {
}
