package dev.switchboard.routing.engine;

import dev.switchboard.events.RoutingCandidate;
import dev.switchboard.events.RoutingStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
     * The choice among the floor's agents with room for the conversation's channel who may take its team: walked in
     * the strategy's order until {@value #SHOWN} eligible are found, so a full floor costs nothing and a free one a
     * few steps.
     */
    static Optional<AgentChoice> of(Floor floor, Conversation conversation, Instant now) {
        RoutingPolicy policy = floor.policy();
        RoomSteps.Offer offer = floor.room().forNeed(conversation.team(), conversation.channel());
        RoutingStrategy strategy = policy.strategyFor(conversation.team());
        Iterable<Agent> order = strategy == RoutingStrategy.ROUND_ROBIN
                ? offer.inTurnAfter(floor.cursor(conversation.team()))
                : offer.byLoad();
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
        Optional<Agent> sticky = Optional.ofNullable(conversation.preferredAgentId())
                .filter(preferred -> withinStickyWindow(conversation, policy, now)).flatMap(floor::agent)
                .filter(agent -> Eligibility.automatic(agent, conversation, policy));
        return Optional.of(sticky.map(agent -> new AgentChoice(agent, null, candidates))
                .orElseGet(() -> new AgentChoice(best.get(0), strategy, candidates)));
    }

    /**
     * The choice of the one agent who has new room, when nobody else can take anything waiting: them, if eligible,
     * by stickiness if they helped the customer last, otherwise by the strategy (the only candidate either way).
     */
    static Optional<AgentChoice> only(Agent agent, Floor floor, Conversation conversation, Instant now) {
        RoutingPolicy policy = floor.policy();
        if (!Eligibility.automatic(agent, conversation, policy)) {
            return Optional.empty();
        }
        List<RoutingCandidate> candidates = List.of(candidate(agent));
        boolean sticky = agent.agentId().equals(conversation.preferredAgentId()) && withinStickyWindow(conversation,
                policy, now);
        return Optional.of(new AgentChoice(agent, sticky ? null : policy.strategyFor(conversation.team()),
                candidates));
    }

    /** The agent as a candidate: their load before the decision, against their capacity. */
    static RoutingCandidate candidate(Agent agent) {
        return new RoutingCandidate(agent.agentId(), agent.load() / (double) RoutingPolicy.WHOLE, agent.capacity());
    }

    /** Whether the agent who last helped the customer is still preferred for them now. */
    private static boolean withinStickyWindow(Conversation conversation, RoutingPolicy policy, Instant now) {
        Instant helped = conversation.lastHelpedAt();
        return conversation.preferredAgentId() != null
                && (helped == null || !now.isAfter(helped.plus(policy.stickyWindow())));
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
