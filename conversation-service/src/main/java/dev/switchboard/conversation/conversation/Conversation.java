package dev.switchboard.conversation.conversation;

import dev.switchboard.events.Channel;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer's thread with the team, from opening to resolution. The state rules live here, free of Spring and
 * Mongo, so they can be read and unit-tested on their own.
 *
 * @param threadKey the thread (workspaceId:inboxId:handle) this conversation holds while it is open
 * @param openingMessageId the message that opened it: a redelivery of that message re-announces the opening
 */
public record Conversation(String id, String workspaceId, String inboxId, Channel channel, String threadKey,
        String contactId, String contactHandle, ConversationStatus status, @Nullable String assigneeId,
        Priority priority, String openingMessageId, Instant createdAt, Instant updatedAt, Instant lastMessageAt) {

    /** A new open, unassigned conversation for the thread of {@code message}. */
    public static Conversation openedBy(String id, MessageReceived message, String contactId, Instant at) {
        return new Conversation(id, message.workspaceId(), message.inboxId(), message.channel(), message.threadKey(),
                contactId, message.sender().handle(), ConversationStatus.OPEN, null, Priority.NORMAL,
                message.messageId(), at, at, at);
    }

    public boolean isOpen() {
        return status == ConversationStatus.OPEN;
    }

    public boolean wasOpenedBy(String messageId) {
        return openingMessageId.equals(messageId);
    }

    /** Whether routing still has to find an agent for it. */
    public boolean awaitsAgent() {
        return isOpen() && assigneeId == null;
    }

    /** The assignee and supervisors handle a conversation; nobody writes into a resolved one. */
    public AgentPermission permissionFor(String agentId, boolean supervisor) {
        if (!supervisor && !agentId.equals(assigneeId)) {
            return AgentPermission.NOT_HANDLER;
        }
        return isOpen() ? AgentPermission.ALLOWED : AgentPermission.RESOLVED;
    }

    /** The agent this conversation is taken from when it goes to {@code agentId}; null when nobody or the same one. */
    public @Nullable String previousAssigneeFor(String agentId) {
        return Objects.equals(agentId, assigneeId) ? null : assigneeId;
    }

    /** This conversation handed to {@code agentId}; only an open conversation can be assigned. */
    public Conversation assignedTo(String agentId, Instant at) {
        requireOpen("assign");
        return new Conversation(id, workspaceId, inboxId, channel, threadKey, contactId, contactHandle, status,
                agentId, priority, openingMessageId, createdAt, at, lastMessageAt);
    }

    /** This conversation resolved: it keeps its assignee for history but takes no more messages. */
    public Conversation resolved(Instant at) {
        requireOpen("resolve");
        return new Conversation(id, workspaceId, inboxId, channel, threadKey, contactId, contactHandle,
                ConversationStatus.RESOLVED, assigneeId, priority, openingMessageId, createdAt, at, lastMessageAt);
    }

    private void requireOpen(String action) {
        if (!isOpen()) {
            throw new IllegalStateException("cannot " + action + " resolved conversation " + id);
        }
    }
}
