package dev.switchboard.routing.engine;

import dev.switchboard.events.RoutingCandidate;
import dev.switchboard.events.RoutingStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Picks the agent for a conversation among the eligible: the agent who last helped the customer if within the sticky
 * window, else by the team's or workspace's strategy. Deterministic, so a replay picks the same agent.
 *
 * @param strategy the strategy that chose; {@code null} when stickiness did
 * @param candidates the best eligible agents in preference order, at most {@value #SHOWN}
 */
record AgentChoice(Agent agent, @Nullable RoutingStrategy strategy, List<RoutingCandidate> candidates) {

    static final int SHOWN = 5;

    /** Lowest load/capacity first; then whoever waited longest since their last assignment; then agent id. */
    static final Comparator<Agent> LEAST_LOADED = AgentChoice::leastLoadedFirst;

    /**
     * The choice among the floor's agents with room who may take the conversation's team: walked in the strategy's
     * order until {@value #SHOWN} eligible are found, so a full floor costs nothing and a free one a few steps.
     */
    static Optional<AgentChoice> of(Floor floor, Conversation conversation, Instant now) {
        RoutingPolicy policy = floor.policy();
        AgentRoom.Pool pool = floor.room().forTeam(conversation.team());
        RoutingStrategy strategy = policy.strategyFor(conversation.team());
        Iterable<Agent> order = strategy == RoutingStrategy.ROUND_ROBIN
                ? inTurn(pool.byId(), floor.cursor(conversation.team()))
                : pool.byLoad();
        List<Agent> best = new ArrayList<>(SHOWN);
        for (Agent agent : order) {
            if (Eligibility.automatic(agent, conversation, policy)) {
                best.add(agent);
                if (best.size() == SHOWN) {
                    break;
                }
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        List<RoutingCandidate> candidates = best.stream().map(AgentChoice::candidate).toList();
        Optional<Agent> sticky = Optional.ofNullable(conversation.preferredAgentId()).flatMap(floor::agent)
                .filter(agent -> Eligibility.automatic(agent, conversation, policy))
                .flatMap(agent -> sticky(List.of(agent), conversation, policy, now));
        return Optional.of(sticky.map(agent -> new AgentChoice(agent, null, candidates))
                .orElseGet(() -> new AgentChoice(best.get(0), strategy, candidates)));
    }

    /** Agents with room in id order, starting after the one who got the previous round-robin assignment. */
    private static Iterable<Agent> inTurn(NavigableMap<String, Agent> byId, @Nullable String cursor) {
        if (cursor == null) {
            return byId.values();
        }
        return () -> Stream.concat(byId.tailMap(cursor, false).values().stream(),
                byId.headMap(cursor, true).values().stream()).iterator();
    }

    /** The choice among some of the floor's agents (in id order), when none of the others can be eligible. */
    static Optional<AgentChoice> among(Collection<Agent> agents, Floor floor, Conversation conversation,
            Instant now) {
        RoutingPolicy policy = floor.policy();
        List<Agent> eligible = new ArrayList<>();
        for (Agent agent : agents) {
            if (Eligibility.automatic(agent, conversation, policy)) {
                eligible.add(agent);
            }
        }
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        RoutingStrategy strategy = policy.strategyFor(conversation.team());
        List<Agent> best = strategy == RoutingStrategy.ROUND_ROBIN
                ? inTurn(eligible, floor.cursor(conversation.team()))
                : leastLoaded(eligible);
        List<RoutingCandidate> candidates = best.stream().map(AgentChoice::candidate).toList();
        Optional<Agent> sticky = sticky(eligible, conversation, policy, now);
        return Optional.of(sticky.map(agent -> new AgentChoice(agent, null, candidates))
                .orElseGet(() -> new AgentChoice(best.get(0), strategy, candidates)));
    }

    /** The agent as a candidate: their load before the decision, against their capacity. */
    static RoutingCandidate candidate(Agent agent) {
        return new RoutingCandidate(agent.agentId(), agent.load() / (double) RoutingPolicy.WHOLE, agent.capacity());
    }

    private static Optional<Agent> sticky(List<Agent> eligible, Conversation conversation, RoutingPolicy policy,
            Instant now) {
        String preferred = conversation.preferredAgentId();
        Instant helped = conversation.lastHelpedAt();
        if (preferred == null || helped != null && now.isAfter(helped.plus(policy.stickyWindow()))) {
            return Optional.empty();
        }
        return eligible.stream().filter(agent -> agent.agentId().equals(preferred)).findFirst();
    }

    /** The first {@value #SHOWN} by {@link #LEAST_LOADED}, found in one pass. */
    private static List<Agent> leastLoaded(List<Agent> eligible) {
        List<Agent> best = new ArrayList<>(SHOWN + 1);
        for (Agent agent : eligible) {
            int at = 0;
            while (at < best.size() && LEAST_LOADED.compare(best.get(at), agent) <= 0) {
                at++;
            }
            if (at < SHOWN) {
                best.add(at, agent);
                if (best.size() > SHOWN) {
                    best.remove(SHOWN);
                }
            }
        }
        return best;
    }

    /** Agents in id order, starting after the one who got the previous round-robin assignment. */
    private static List<Agent> inTurn(List<Agent> eligibleById, @Nullable String cursor) {
        int start = 0;
        while (cursor != null && start < eligibleById.size()
                && eligibleById.get(start).agentId().compareTo(cursor) <= 0) {
            start++;
        }
        List<Agent> turn = new ArrayList<>(SHOWN);
        for (int i = 0; i < Math.min(SHOWN, eligibleById.size()); i++) {
            turn.add(eligibleById.get((start + i) % eligibleById.size()));
        }
        return turn;
    }

    /** {@link #LEAST_LOADED} written out: it orders the room index on every assignment, so no chain of lambdas. */
    private static int leastLoadedFirst(Agent left, Agent right) {
        int byRatio = byLoadRatio(left, right);
        if (byRatio != 0) {
            return byRatio;
        }
        Instant leftLast = left.lastAssignedAt() == null ? Instant.MIN : left.lastAssignedAt();
        Instant rightLast = right.lastAssignedAt() == null ? Instant.MIN : right.lastAssignedAt();
        int byLast = leftLast.compareTo(rightLast);
        return byLast != 0 ? byLast : left.agentId().compareTo(right.agentId());
    }

    /** Compares load/capacity without floating point: a/b versus c/d is a*d versus c*b (capacities are positive). */
    private static int byLoadRatio(Agent left, Agent right) {
        return Long.compare((long) left.load() * right.capacity(), (long) right.load() * left.capacity());
    }
}
