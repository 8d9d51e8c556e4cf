package dev.switchboard.conversation.conversation;

import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What agents and routing change about a conversation, apart from what it is about ({@link Conversation}). Plain
 * values: each method answers the state after one step of the life cycle, and checks nothing (that is
 * {@link Conversation}'s job).
 *
 * @param lastAssigneeId who held it before it went back to waiting (woken, reopened, unassigned): routing prefers them
 * @param waitingSince its place in line: when it last started waiting for an agent
 * @param snoozedUntil when a snoozed conversation wakes by itself
 * @param queue its place in routing's queue while it waits and routing said so
 */
public record ConversationState(ConversationStatus status, @Nullable String assigneeId,
        @Nullable String lastAssigneeId, Priority priority, @Nullable String team, List<String> labels,
        Instant waitingSince, @Nullable Instant snoozedUntil, @Nullable QueuePlace queue, Instant updatedAt) {

    public ConversationState {
        labels = List.copyOf(labels);
    }

    static ConversationState waitingSince(Instant at) {
        return new ConversationState(ConversationStatus.OPEN, null, null, Priority.NORMAL, null, List.of(), at, null,
                null, at);
    }

    ConversationState assignedTo(String agentId, Instant at) {
        return new ConversationState(status, agentId, lastAssigneeId, priority, team, labels, waitingSince,
                snoozedUntil, null, at);
    }

    /** Back to waiting for an agent since {@code at}, remembering who held it; open, whatever it was. */
    ConversationState waitingAgain(Instant at) {
        String last = assigneeId == null ? lastAssigneeId : assigneeId;
        return new ConversationState(ConversationStatus.OPEN, null, last, priority, team, labels, at, null, null, at);
    }

    /** Taken from its agent by routing, keeping its place in line. */
    ConversationState unassigned(Instant at) {
        return new ConversationState(status, null, assigneeId, priority, team, labels, waitingSince, snoozedUntil,
                queue, at);
    }

    ConversationState snoozed(Instant until, Instant at) {
        return new ConversationState(ConversationStatus.SNOOZED, assigneeId, lastAssigneeId, priority, team, labels,
                waitingSince, until, null, at);
    }

    ConversationState resolved(Instant at) {
        return new ConversationState(ConversationStatus.RESOLVED, assigneeId, lastAssigneeId, priority, team, labels,
                waitingSince, null, null, at);
    }

    ConversationState queuedAt(QueuePlace place, Instant at) {
        return new ConversationState(status, assigneeId, lastAssigneeId, priority, team, labels, waitingSince,
                snoozedUntil, place, at);
    }

    ConversationState triaged(Priority newPriority, @Nullable String newTeam, List<String> newLabels, Instant at) {
        return new ConversationState(status, assigneeId, lastAssigneeId, newPriority, newTeam, newLabels,
                waitingSince, snoozedUntil, queue, at);
    }
}
