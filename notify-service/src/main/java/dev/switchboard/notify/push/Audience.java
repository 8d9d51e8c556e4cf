package dev.switchboard.notify.push;

import dev.switchboard.events.AgentUnassigned;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationChange;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationPriorityChanged;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.ConversationStatusChanged;
import dev.switchboard.events.ConversationUpdated;
import dev.switchboard.events.DeliveryUpdated;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.NoteCreated;
import dev.switchboard.events.QueuePositionChanged;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may see one conversation event besides the workspace's supervisors: the agents it involves (the assignee,
 * and on a transfer the previous one, whose UI must drop it), and, when it is about a waiting conversation (opened,
 * a message nobody holds yet, taken from the queue, resolved while waiting), that conversation's queue: the agents of
 * its team, or everyone when it has none. Decided once per record, then matched against each connection's viewer.
 *
 * @param team the waiting conversation's team when {@code queue} is {@link Queue#TEAM}
 */
record Audience(String workspaceId, List<String> involved, Queue queue, @Nullable String team) {

    private static final Logger log = LoggerFactory.getLogger(Audience.class);

    /** Which queue's watchers see the event. */
    enum Queue {
        /** Not about a waiting conversation. */
        NONE,
        /** A waiting conversation of no team: the workspace's whole queue. */
        EVERYONE,
        /** A waiting conversation of one team. */
        TEAM,
        /** Its team could not be read: only supervisors and the agents involved see it, never a wrong team. */
        UNKNOWN
    }

    /** Where a waiting conversation's team is known from. */
    interface Teams {

        /** The conversation's team, or null for none; throws when it cannot be read just now. */
        @Nullable String teamOf(String workspaceId, String conversationId);
    }

    Audience {
        involved = List.copyOf(involved);
    }

    static Audience of(ConversationEvent event, Teams teams) {
        if (!(event instanceof ConversationChange change)) {
            return new Audience(event.workspaceId(), List.of(), Queue.NONE, null);
        }
        List<String> involved = involved(change);
        if (!aboutWaitingConversation(change)) {
            return new Audience(event.workspaceId(), involved, Queue.NONE, null);
        }
        try {
            String team = teams.teamOf(event.workspaceId(), change.conversationId());
            return new Audience(event.workspaceId(), involved, team == null ? Queue.EVERYONE : Queue.TEAM, team);
        } catch (RuntimeException e) {
            log.warn("team of conversation {} unknown, showing its event to supervisors only: {}",
                    change.conversationId(), e.toString());
            return new Audience(event.workspaceId(), involved, Queue.UNKNOWN, null);
        }
    }

    /**
     * The assignee (and, on a transfer, the previous one; on a note, those it mentions; on a delivery, who wrote the
     * reply; when a conversation is taken back, whom from); nobody for an opened conversation.
     */
    static List<String> involved(ConversationChange event) {
        List<String> agents = new ArrayList<>(2);
        if (event instanceof ConversationAssigned assigned) {
            agents.add(assigned.agentId());
            addIfPresent(agents, assigned.previousAgentId());
        } else if (event instanceof NoteCreated note) {
            addIfPresent(agents, note.assigneeId());
            note.mentionedAgentIds().forEach(mentioned -> addIfPresent(agents, mentioned));
        } else if (event instanceof ConversationStatusChanged status) {
            addIfPresent(agents, status.assigneeId());
            addIfPresent(agents, status.agentId());
        } else {
            addIfPresent(agents, holderOrActor(event));
        }
        return agents;
    }

    /** For the other changes, the one agent they involve, if any. */
    private static @Nullable String holderOrActor(ConversationChange event) {
        if (event instanceof MessageAppended appended) {
            return appended.assigneeId();
        }
        if (event instanceof ConversationResolved resolved) {
            return resolved.agentId();
        }
        if (event instanceof AgentUnassigned unassigned) {
            return unassigned.previousAgentId();
        }
        if (event instanceof ConversationPriorityChanged priority) {
            return priority.assigneeId();
        }
        if (event instanceof ConversationUpdated updated) {
            return updated.assigneeId();
        }
        return event instanceof DeliveryUpdated delivery ? delivery.agentId() : null;
    }

    /**
     * Opened, back in the queue or moving in it, taken from the queue, or anything else about a conversation nobody
     * holds (a message, a note, a status, priority or team change, resolved while waiting); never a delivery.
     */
    static boolean aboutWaitingConversation(ConversationChange event) {
        if (event instanceof ConversationOpened || event instanceof AgentUnassigned
                || event instanceof QueuePositionChanged) {
            return true;
        }
        if (event instanceof ConversationAssigned assigned) {
            return assigned.previousAgentId() == null;
        }
        if (event instanceof ConversationResolved resolved) {
            return resolved.agentId() == null;
        }
        if (event instanceof NoteCreated note) {
            return note.assigneeId() == null;
        }
        if (event instanceof ConversationStatusChanged status) {
            return status.assigneeId() == null;
        }
        return !(event instanceof DeliveryUpdated) && holderOrActor(event) == null;
    }

    private static void addIfPresent(List<String> agents, @Nullable String agentId) {
        if (agentId != null && !agents.contains(agentId)) {
            agents.add(agentId);
        }
    }
}
