package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message became part of a conversation's history, in either direction; carries the assignee so live views can route it. */
public record MessageAppended(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String messageId, String inboxId, Channel channel, Direction direction, Author author, String text,
        List<Attachment> attachments, @Nullable String assigneeId) implements ConversationChange {

    public MessageAppended {
        attachments = List.copyOf(attachments);
    }
}
