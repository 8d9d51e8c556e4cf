package dev.switchboard.routing.engine;

import java.time.Instant;
import java.util.ArrayDeque;
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
 * The working copy of a workspace while one input is applied: agents, the queue kept in drain order, and indexes of
 * who holds what and of what waits, so each step is a lookup rather than a scan. The index of holders is built on
 * first use, as many inputs (a release, a presence change) never ask who holds a conversation.
 */
final class Floor {

    private final String workspaceId;
    private final TreeMap<String, Agent> agents;
    private final WaitingQueue queue;
    private @Nullable Map<String, String> holders;
    private final Map<String, String> cursors;
    private final Deque<Instant> recent;
    private RoutingPolicy policy;
    private long arrivals;

    Floor(WorkspaceRouting state) {
        this.workspaceId = state.workspaceId();
        this.policy = state.policy();
        this.agents = new TreeMap<>(state.agents());
        this.queue = new WaitingQueue(state.queue());
        this.cursors = new HashMap<>(state.roundRobinCursors());
        this.recent = new ArrayDeque<>(state.recentAssignments());
        this.arrivals = state.arrivals();
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
        if (holders != null) {
            if (before != null) {
                before.held().forEach(held -> holders.remove(held.conversationId()));
            }
            agent.held().forEach(held -> holders.put(held.conversationId(), agent.agentId()));
        }
    }

    Optional<Agent> holderOf(String conversationId) {
        if (holders == null) {
            holders = new HashMap<>(agents.size() * 16);
            agents.values().forEach(agent -> agent.held().forEach(held -> holders.put(held.conversationId(),
                    agent.agentId())));
        }
        return Optional.ofNullable(holders.get(conversationId)).map(agents::get);
    }

    Optional<Conversation> queued(String conversationId) {
        return queue.find(conversationId);
    }

    /** Where a waiting conversation stands, 0 first: found by its place in drain order, not by a scan. */
    int indexOf(String conversationId) {
        return queue.indexOf(conversationId);
    }

    List<Conversation> queue() {
        return queue.view();
    }

    /** Puts a conversation in line at its place by priority and waiting time. */
    void enqueue(Conversation conversation) {
        queue.add(conversation);
    }

    void replaceQueued(int index, Conversation conversation) {
        queue.set(index, conversation);
    }

    Conversation removeQueued(int index) {
        return queue.remove(index);
    }

    void withdraw(String conversationId) {
        queue.withdraw(conversationId);
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
        return new WorkspaceRouting(workspaceId, policy, agents, queue.stored(), arrivals, cursors,
                List.copyOf(recent), decisions);
    }
}
