package dev.switchboard.routing.engine;

import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One workspace's routing state, kept live between inputs by its single writer: agents, the queue, and the indexes
 * that make each decision a lookup (who holds what, who has room, whose grace period ends next). It notes what each
 * input changed ({@link FloorChanges}), so the stream processor stores only those entries, and can be made from, and
 * turned into, the whole {@link WorkspaceRouting} value that tests, the floor view and restores use.
 */
public final class Floor {

    private static final Comparator<Agent> BY_HAND_BACK = Comparator.comparing(Agent::handBackAt)
            .thenComparing(Agent::agentId);

    private final String workspaceId;
    private final long workspaceBits;
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, String> holders = new HashMap<>();
    private final AgentRoom room = new AgentRoom();
    private final TreeSet<Agent> handingBack = new TreeSet<>(BY_HAND_BACK);
    private final WaitingQueue queue = new WaitingQueue();
    private final Map<String, String> cursors;
    private final Deque<Instant> recent;
    private final FloorChanges changes = new FloorChanges();
    private RoutingPolicy policy;
    private long arrivals;
    private long decisions;

    private Floor(WorkspaceRouting state) {
        this.workspaceId = state.workspaceId();
        this.workspaceBits = Decisions.workspaceBits(workspaceId);
        this.policy = state.policy();
        this.cursors = new HashMap<>(state.roundRobinCursors());
        this.recent = new ArrayDeque<>(state.recentAssignments());
        this.arrivals = state.arrivals();
        this.decisions = state.decisions();
        state.agents().values().forEach(this::put);
        state.queue().forEach(queue::add);
        queue.takeMaybeMoved();
        changes.clear();
    }

    /** The live floor of a stored or new workspace. */
    public static Floor of(WorkspaceRouting state) {
        return new Floor(state);
    }

    /** Applies one input, after handing back what agents whose grace period ended by {@code now} still hold. */
    public List<RoutingDecision> apply(RoutingInput input, Instant now) {
        return RoutingRules.apply(new RoutingRound(this, now), input);
    }

    /** What the passing of time alone decides: hand-backs and waiting-time rules due by {@code now}. */
    public List<RoutingDecision> handBackDue(Instant now) {
        return RoutingRules.handBackDue(new RoutingRound(this, now));
    }

    /** The whole state as one value: a copy, proportional to the workspace, for tests, views and stores. */
    public WorkspaceRouting snapshot() {
        return new WorkspaceRouting(workspaceId, policy, new TreeMap<>(agents), queue.toList(), arrivals, cursors,
                List.copyOf(recent), decisions);
    }

    /** What changed since the last time this was asked. */
    public FloorChanges changes() {
        return changes;
    }

    public String workspaceId() {
        return workspaceId;
    }

    public int queueLength() {
        return queue.size();
    }

    /** When the longest-waiting conversation in line started waiting; {@code null} if nobody waits. */
    public @Nullable Instant longestWaitingSince() {
        return queue.longestWaitingSince();
    }

    public Optional<Agent> agent(String agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    /** When the next OFFLINE agent's grace period ends, if anyone is within one. */
    public @Nullable Instant nextHandBack() {
        return handingBack.isEmpty() ? null : handingBack.first().handBackAt();
    }

    /**
     * When time alone may next change something: a grace period ending, or, where the workspace has waiting-time
     * rules, a waiting conversation due to rise or lose its skills ({@code after} at the earliest, so a rule already
     * applied as far as it goes is looked at again no more often than the caller's timer).
     */
    public @Nullable Instant nextTimedChange(Instant after) {
        Instant handBack = nextHandBack();
        Instant waiting = WaitingTimeRules.nextCheck(policy, queue.longestWaitingSince());
        if (waiting != null && waiting.isBefore(after)) {
            waiting = after;
        }
        if (handBack == null || waiting == null) {
            return handBack == null ? waiting : handBack;
        }
        return handBack.isBefore(waiting) ? handBack : waiting;
    }

    /** The stored entries a workspace's state is split into, for a store that keeps one per agent and per waiting. */
    public Meta meta() {
        return new Meta(policy, arrivals, Map.copyOf(cursors), List.copyOf(recent), decisions);
    }

    public Optional<Conversation> waiting(String conversationId) {
        return queue.find(conversationId);
    }

    RoutingPolicy policy() {
        return policy;
    }

    void policy(RoutingPolicy newPolicy) {
        policy = newPolicy;
        room.rebuild(agents.values(), policy);
        changes.meta();
    }

    AgentRoom room() {
        return room;
    }

    /** The OFFLINE agents whose grace period has ended by {@code now}, earliest first. */
    List<Agent> handBacksDue(Instant now) {
        return handingBack.stream().takeWhile(agent -> !agent.handBackAt().isAfter(now)).toList();
    }

    /** Stores the agent's new seat, re-indexing what they hold, whether they have room and their grace period. */
    void put(Agent agent) {
        Agent before = agents.put(agent.agentId(), agent);
        if (before != null) {
            before.held().forEach(held -> holders.remove(held.conversationId()));
            if (before.handBackAt() != null) {
                handingBack.remove(before);
            }
        }
        agent.held().forEach(held -> holders.put(held.conversationId(), agent.agentId()));
        if (agent.handBackAt() != null) {
            handingBack.add(agent);
        }
        room.update(before, agent, policy);
        changes.agent(agent.agentId());
    }

    Optional<Agent> holderOf(String conversationId) {
        return Optional.ofNullable(holders.get(conversationId)).map(agents::get);
    }

    Optional<Conversation> queued(String conversationId) {
        return queue.find(conversationId);
    }

    WaitingQueue queue() {
        return queue;
    }

    /** Puts a conversation in line at its place by priority and waiting time. */
    void enqueue(Conversation conversation) {
        queue.add(conversation);
        changes.waiting(conversation.conversationId());
    }

    /** Remembers the position just announced to a waiting conversation. */
    void announced(String conversationId, int position) {
        queue.announce(conversationId, position);
        changes.waiting(conversationId);
    }

    /** Takes a conversation out of line, if it is waiting. */
    Optional<Conversation> withdraw(String conversationId) {
        Optional<Conversation> withdrawn = queue.withdraw(conversationId);
        withdrawn.ifPresent(waiting -> changes.waiting(conversationId));
        return withdrawn;
    }

    long nextArrival() {
        changes.meta();
        return arrivals++;
    }

    long workspaceBits() {
        return workspaceBits;
    }

    long nextDecision() {
        changes.meta();
        return decisions++;
    }

    @Nullable String cursor(@Nullable String team) {
        return cursors.get(team == null ? "" : team);
    }

    void cursor(@Nullable String team, String agentId) {
        cursors.put(team == null ? "" : team, agentId);
        changes.meta();
    }

    void assignedAt(Instant now) {
        recent.addLast(now);
        while (recent.size() > WorkspaceRouting.RECENT) {
            recent.removeFirst();
        }
        changes.meta();
    }

    @Nullable Long estimatedWaitSeconds(int position) {
        return recent.size() < 2 ? null
                : WorkspaceRouting.estimatedWaitSeconds(recent.getFirst(), recent.getLast(), recent.size(), position);
    }

    /**
     * The part of a workspace's state that is neither an agent nor a waiting conversation.
     *
     * @param decisions how many decisions have been made, numbering the next one's id
     */
    public record Meta(RoutingPolicy policy, long arrivals, Map<String, String> roundRobinCursors,
            List<Instant> recentAssignments, long decisions) {
    }
}
