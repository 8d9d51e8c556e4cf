package dev.switchboard.notify.push;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.MessageAppended;
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
        List<String> involved = involved(event);
        if (!aboutWaitingConversation(event)) {
            return new Audience(event.workspaceId(), involved, Queue.NONE, null);
        }
        try {
            String team = teams.teamOf(event.workspaceId(), event.conversationId());
            return new Audience(event.workspaceId(), involved, team == null ? Queue.EVERYONE : Queue.TEAM, team);
        } catch (RuntimeException e) {
            log.warn("team of conversation {} unknown, showing its event to supervisors only: {}",
                    event.conversationId(), e.toString());
            return new Audience(event.workspaceId(), involved, Queue.UNKNOWN, null);
        }
    }

    /** The assignee (and, on a transfer, the previous one); nobody for an opened conversation. */
    static List<String> involved(ConversationEvent event) {
        List<String> agents = new ArrayList<>(2);
        if (event instanceof ConversationAssigned assigned) {
            agents.add(assigned.agentId());
            addIfPresent(agents, assigned.previousAgentId());
        } else if (event instanceof MessageAppended appended) {
            addIfPresent(agents, appended.assigneeId());
        } else if (event instanceof ConversationResolved resolved) {
            addIfPresent(agents, resolved.agentId());
        }
        return agents;
    }

    /** Opened, a message nobody holds, taken from the queue, resolved while nobody held it. */
    static boolean aboutWaitingConversation(ConversationEvent event) {
        if (event instanceof MessageAppended appended) {
            return appended.assigneeId() == null;
        }
        if (event instanceof ConversationAssigned assigned) {
            return assigned.previousAgentId() == null;
        }
        if (event instanceof ConversationResolved resolved) {
            return resolved.agentId() == null;
        }
        return event instanceof ConversationOpened;
    }

    private static void addIfPresent(List<String> agents, @Nullable String agentId) {
        if (agentId != null && !agents.contains(agentId)) {
            agents.add(agentId);
        }
    }
}
