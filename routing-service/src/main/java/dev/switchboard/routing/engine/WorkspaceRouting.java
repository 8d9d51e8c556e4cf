package dev.switchboard.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything routing knows about one workspace — its policy, its agents and its queue — as one value, so that a
 * decision and the state it leaves behind can be stored together.
 *
 * @param agents by agentId
 * @param queue waiting conversations in drain order
 * @param arrivals how many conversations have entered routing, numbering each one's place in line
 * @param roundRobinCursors the agent who got the last round-robin assignment, by team ({@code ""} for no team)
 * @param recentAssignments when the latest assignments were made (at most {@value #RECENT}), for wait estimates
 * @param decisions how many decisions routing has made for the workspace, numbering each one's id
 */
public record WorkspaceRouting(String workspaceId, RoutingPolicy policy, SortedMap<String, Agent> agents,
        List<Conversation> queue, long arrivals, Map<String, String> roundRobinCursors,
        List<Instant> recentAssignments, long decisions) {

    /** How many recent assignments the wait estimate averages over. */
    public static final int RECENT = 20;

    public WorkspaceRouting {
        policy = policy == null ? RoutingPolicy.defaults() : policy;
        agents = Collections.unmodifiableSortedMap(new TreeMap<>(agents));
        queue = WaitingLine.of(queue);
        roundRobinCursors = roundRobinCursors == null ? Map.of() : Map.copyOf(roundRobinCursors);
        recentAssignments = recentAssignments == null ? List.of() : List.copyOf(recentAssignments);
    }

    /** A workspace routing has not seen before. */
    public static WorkspaceRouting empty(String workspaceId) {
        return new WorkspaceRouting(workspaceId, RoutingPolicy.defaults(), new TreeMap<>(), List.of(), 0, Map.of(),
                List.of(), 0);
    }

    /** The agent holding a conversation, if anyone does (a scan: for tests and views). */
    public Optional<Agent> holderOf(String conversationId) {
        return agents.values().stream().filter(agent -> agent.holds(conversationId)).findFirst();
    }

    public boolean isQueued(String conversationId) {
        return queue.stream().anyMatch(conversation -> conversation.conversationId().equals(conversationId));
    }

    /** The same workspace split into the entries a store keeps: the rest, each agent, each waiting conversation. */
    public static WorkspaceRouting of(String workspaceId, Floor.@Nullable Meta meta, Iterable<Agent> agents,
            List<Conversation> waiting) {
        Floor.Meta rest = meta == null ? Floor.of(empty(workspaceId)).meta() : meta;
        SortedMap<String, Agent> byId = new TreeMap<>();
        agents.forEach(agent -> byId.put(agent.agentId(), agent));
        return new WorkspaceRouting(workspaceId, rest.policy(), byId, waiting, rest.arrivals(),
                rest.roundRobinCursors(), rest.recentAssignments(), rest.decisions());
    }

    /** The estimated wait at {@code position}: position times the mean interval between the recent assignments. */
    public @Nullable Long estimatedWaitSeconds(int position) {
        return estimatedWaitSeconds(recentAssignments, position);
    }

    /** Unknown until two recent assignments lie apart in time. */
    static @Nullable Long estimatedWaitSeconds(List<Instant> recent, int position) {
        return recent.size() < 2 ? null
                : estimatedWaitSeconds(recent.get(0), recent.get(recent.size() - 1), recent.size(), position);
    }

    /** Position times the mean interval between {@code count} assignments from {@code first} to {@code last}. */
    static @Nullable Long estimatedWaitSeconds(Instant first, Instant last, int count, int position) {
        Duration span = Duration.between(first, last);
        return span.isZero() ? null : (span.toMillis() * position / (count - 1) + 999) / 1000;
    }

    /** When the next OFFLINE agent's grace period ends, if anyone is within one. */
    public @Nullable Instant nextHandBack() {
        return agents.values().stream().map(Agent::handBackAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
    }
}
