package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** A customer's thread got a new open conversation. */
public record ConversationOpened(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String inboxId, Channel channel, String contactId, String contactHandle, Priority priority)
        implements ConversationChange {
}
