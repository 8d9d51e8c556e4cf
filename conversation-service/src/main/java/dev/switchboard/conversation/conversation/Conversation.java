package dev.switchboard.conversation.conversation;

import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer's thread with the team, from opening to resolution. The state machine lives here, free of Spring and
 * Mongo: OPEN (waiting or held) -> SNOOZED (until a time or the customer's next message) -> OPEN again; OPEN or
 * SNOOZED -> RESOLVED -> OPEN again (reopened). Each step answers the next conversation, one revision on.
 *
 * @param threadKey the thread (workspaceId:inboxId:handle) this conversation holds until it is resolved
 * @param openingMessageId the message that opened it: a redelivery of that message re-announces the opening
 * @param revision how many changes it went through: writes are conditional on it, event ids derive from it
 */
public record Conversation(String id, String workspaceId, String inboxId, Channel channel, String threadKey,
        String contactId, String contactHandle, String openingMessageId, Instant createdAt, Instant lastMessageAt,
        ConversationState state, long revision) {

    /** A new open, unassigned conversation for the thread of {@code message}. */
    public static Conversation openedBy(String id, MessageReceived message, String contactId, Instant at) {
        return new Conversation(id, message.workspaceId(), message.inboxId(), message.channel(), message.threadKey(),
                contactId, message.sender().handle(), message.messageId(), at, at,
                ConversationState.waitingSince(at), 0);
    }

    public ConversationStatus status() {
        return state.status();
    }

    public @Nullable String assigneeId() {
        return state.assigneeId();
    }

    public Priority priority() {
        return state.priority();
    }

    public Instant updatedAt() {
        return state.updatedAt();
    }

    public boolean isOpen() {
        return status() == ConversationStatus.OPEN;
    }

    /** Until it is resolved, the conversation is where its thread's messages go (a snoozed one too). */
    public boolean holdsThread() {
        return status() != ConversationStatus.RESOLVED;
    }

    public boolean wasOpenedBy(String messageId) {
        return openingMessageId.equals(messageId);
    }

    /** Whether routing still has to find an agent for it. */
    public boolean awaitsAgent() {
        return isOpen() && assigneeId() == null;
    }

    /** The assignee and supervisors handle a conversation; nobody writes into a resolved one. */
    public AgentPermission permissionFor(String agentId, boolean supervisor) {
        if (!supervisor && !agentId.equals(assigneeId())) {
            return AgentPermission.NOT_HANDLER;
        }
        return holdsThread() ? AgentPermission.ALLOWED : AgentPermission.RESOLVED;
    }

    /** The agent this conversation is taken from when it goes to {@code agentId}; null when nobody or the same one. */
    public @Nullable String previousAssigneeFor(String agentId) {
        return Objects.equals(agentId, assigneeId()) ? null : assigneeId();
    }

    /** The agent routing should prefer when it waits again: whoever held it last. */
    public @Nullable String lastAgent() {
        return assigneeId() != null ? assigneeId() : state.lastAssigneeId();
    }

    /** Handed to {@code agentId}; only an open conversation can be assigned. */
    public Conversation assignedTo(String agentId, Instant at) {
        require(isOpen(), "assign");
        return next(state.assignedTo(agentId, at));
    }

    /** Taken from its agent by routing: it waits again, keeping its place in line. */
    public Conversation unassigned(Instant at) {
        require(isOpen() && assigneeId() != null, "unassign");
        return next(state.unassigned(at));
    }

    /** Put aside until {@code until} (or the customer's next message): its agent's capacity frees up meanwhile. */
    public Conversation snoozed(Instant until, Instant at) {
        require(holdsThread() && until.isAfter(at), "snooze");
        return next(state.snoozed(until, at));
    }

    /** A snoozed or resolved conversation open again, waiting for an agent since {@code at}. */
    public Conversation reopened(Instant at) {
        require(!isOpen(), "reopen");
        return next(state.waitingAgain(at));
    }

    /** Resolved: it keeps its assignee for history, frees its thread and takes no more replies. */
    public Conversation resolved(Instant at) {
        require(holdsThread(), "resolve");
        return next(state.resolved(at));
    }

    /** Waiting at {@code place} in routing's queue. */
    public Conversation queuedAt(QueuePlace place, Instant at) {
        require(awaitsAgent(), "queue");
        return next(state.queuedAt(place, at));
    }

    /** With another priority, team or labels; any status but resolved may change priority and team. */
    public Conversation triaged(Priority priority, @Nullable String team, List<String> labels, Instant at) {
        require(holdsThread() || (priority == priority() && Objects.equals(team, state.team())), "triage");
        return next(state.triaged(priority, team, labels, at));
    }

    private Conversation next(ConversationState changed) {
        return new Conversation(id, workspaceId, inboxId, channel, threadKey, contactId, contactHandle,
                openingMessageId, createdAt, lastMessageAt, changed, revision + 1);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalStateException("cannot " + action + " " + status() + " conversation " + id);
        }
    }
}
