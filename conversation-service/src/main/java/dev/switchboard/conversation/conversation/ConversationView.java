package dev.switchboard.conversation.conversation;

import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as the agents' UI sees it.
 *
 * @param waitingSince its place in line: when it last started waiting for an agent
 * @param queuePosition its place in routing's queue while it waits, as routing last announced it
 */
record ConversationView(String id, String workspaceId, String inboxId, Channel channel, String contactId,
        String contactHandle, ConversationStatus status, @Nullable String assigneeId, Priority priority,
        @Nullable String team, List<String> labels, Instant waitingSince, @Nullable Instant snoozedUntil,
        @Nullable Integer queuePosition, Instant createdAt, Instant updatedAt, Instant lastMessageAt) {

    static ConversationView of(Conversation c) {
        ConversationState s = c.state();
        return new ConversationView(c.id(), c.workspaceId(), c.inboxId(), c.channel(), c.contactId(),
                c.contactHandle(), c.status(), c.assigneeId(), c.priority(), s.team(), s.labels(), s.waitingSince(),
                s.snoozedUntil(), s.queue() == null ? null : s.queue().position(), c.createdAt(), c.updatedAt(),
                c.lastMessageAt());
    }
}
