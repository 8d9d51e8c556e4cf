package dev.switchboard.routing.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything routing knows about one workspace — its agents and its queue — as one value, so that a decision and
 * the state it leaves behind can be stored together.
 *
 * @param agents by agentId
 * @param queue waiting conversations in drain order
 * @param arrivals how many conversations have entered routing, numbering each one's place in line
 */
public record WorkspaceRouting(String workspaceId, SortedMap<String, Agent> agents, List<QueuedConversation> queue,
        long arrivals) {

    public WorkspaceRouting {
        agents = Collections.unmodifiableSortedMap(new TreeMap<>(agents));
        List<QueuedConversation> ordered = new ArrayList<>(queue);
        ordered.sort(QueuedConversation.DRAIN_ORDER);
        queue = List.copyOf(ordered);
    }

    /** A workspace routing has not seen before. */
    public static WorkspaceRouting empty(String workspaceId) {
        return new WorkspaceRouting(workspaceId, new TreeMap<>(), List.of(), 0);
    }

    /** The agent holding a conversation, if anyone does. */
    public Optional<Agent> holderOf(String conversationId) {
        return agents.values().stream().filter(agent -> agent.holds(conversationId)).findFirst();
    }

    public boolean isQueued(String conversationId) {
        return queue.stream().anyMatch(conversation -> conversation.conversationId().equals(conversationId));
    }

    /** Whether routing already has this conversation, held or queued. */
    public boolean knows(String conversationId) {
        return isQueued(conversationId) || holderOf(conversationId).isPresent();
    }

    Map<String, Agent> agentsCopy() {
        return new TreeMap<>(agents);
    }
}
