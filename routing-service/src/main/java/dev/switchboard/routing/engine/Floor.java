package dev.switchboard.routing.engine;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The working copy of a workspace while one input is applied: agents, the queue kept in drain order, and an index of
 * who holds what, so each step is a lookup rather than a scan.
 */
final class Floor {

    private final String workspaceId;
    private final TreeMap<String, Agent> agents;
    private final List<Conversation> queue;
    private final Map<String, String> holders = new HashMap<>();
    private final Map<String, String> cursors;
    private final Deque<Instant> recent;
    private RoutingPolicy policy;
    private long arrivals;

    Floor(WorkspaceRouting state) {
        this.workspaceId = state.workspaceId();
        this.policy = state.policy();
        this.agents = new TreeMap<>(state.agents());
        this.queue = new ArrayList<>(state.queue());
        this.cursors = new HashMap<>(state.roundRobinCursors());
        this.recent = new ArrayDeque<>(state.recentAssignments());
        this.arrivals = state.arrivals();
        agents.values().forEach(agent -> agent.held().forEach(held -> holders.put(held.conversationId(),
                agent.agentId())));
    }

    RoutingPolicy policy() {
        return policy;
    }

    void policy(RoutingPolicy newPolicy) {
        policy = newPolicy;
    }

    Optional<Agent> agent(String agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    Collection<Agent> agents() {
        return Collections.unmodifiableCollection(agents.values());
    }

    /** Stores the agent's new seat, re-indexing what they hold. */
    void put(Agent agent) {
        Agent before = agents.put(agent.agentId(), agent);
        if (before != null) {
            before.held().forEach(held -> holders.remove(held.conversationId()));
        }
        agent.held().forEach(held -> holders.put(held.conversationId(), agent.agentId()));
    }

    Optional<Agent> holderOf(String conversationId) {
        return Optional.ofNullable(holders.get(conversationId)).map(agents::get);
    }

    Optional<Conversation> queued(String conversationId) {
        return queue.stream().filter(waiting -> waiting.conversationId().equals(conversationId)).findFirst();
    }

    List<Conversation> queue() {
        return Collections.unmodifiableList(queue);
    }

    /** Puts a conversation in line at its place by priority and waiting time. */
    void enqueue(Conversation conversation) {
        int at = Collections.binarySearch(queue, conversation, Conversation.DRAIN_ORDER);
        queue.add(at < 0 ? -at - 1 : at, conversation);
    }

    void replaceQueued(int index, Conversation conversation) {
        queue.set(index, conversation);
    }

    Conversation removeQueued(int index) {
        return queue.remove(index);
    }

    void withdraw(String conversationId) {
        queue.removeIf(waiting -> waiting.conversationId().equals(conversationId));
    }

    long nextArrival() {
        return arrivals++;
    }

    @Nullable String cursor(@Nullable String team) {
        return cursors.get(team == null ? "" : team);
    }

    void cursor(@Nullable String team, String agentId) {
        cursors.put(team == null ? "" : team, agentId);
    }

    void assignedAt(Instant now) {
        recent.addLast(now);
        while (recent.size() > WorkspaceRouting.RECENT) {
            recent.removeFirst();
        }
    }

    @Nullable Long estimatedWaitSeconds(int position) {
        return WorkspaceRouting.estimatedWaitSeconds(List.copyOf(recent), position);
    }

    WorkspaceRouting state(long decisions) {
        return new WorkspaceRouting(workspaceId, policy, agents, queue, arrivals, cursors, List.copyOf(recent),
                decisions);
    }
}
