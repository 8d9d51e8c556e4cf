package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agent or supervisor changed a conversation's priority (a VIP, an outage). */
public record ConversationPriorityChanged(UUID eventId, Instant occurredAt, String workspaceId,
        String conversationId, Priority from, Priority to, String agentId, @Nullable String assigneeId)
        implements ConversationChange {
}
