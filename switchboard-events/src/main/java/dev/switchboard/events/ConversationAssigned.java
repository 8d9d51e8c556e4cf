package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** conversation-service recorded an agent as the conversation's assignee. */
public record ConversationAssigned(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String agentId, @Nullable String previousAgentId, String inboxId, Channel channel)
        implements ConversationChange {
}
