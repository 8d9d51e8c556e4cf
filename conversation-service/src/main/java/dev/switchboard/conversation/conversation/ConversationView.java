package dev.switchboard.conversation.conversation;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Priority;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A conversation as the agents' UI sees it. */
record ConversationView(String id, String workspaceId, String inboxId, Channel channel, String contactId,
        String contactHandle, ConversationStatus status, @Nullable String assigneeId, Priority priority,
        Instant createdAt, Instant updatedAt, Instant lastMessageAt) {

    static ConversationView of(Conversation c) {
        return new ConversationView(c.id(), c.workspaceId(), c.inboxId(), c.channel(), c.contactId(),
                c.contactHandle(), c.status(), c.assigneeId(), c.priority(), c.createdAt(), c.updatedAt(),
                c.lastMessageAt());
    }
}
