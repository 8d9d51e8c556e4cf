package dev.switchboard.routing.engine;

import java.time.Instant;
import java.util.Comparator;

/** Who gets the next conversation among agents with room: fewest held, least full, idle longest, then by id. */
final class AgentPreference {

    static final Comparator<Agent> ORDER = Comparator.comparingInt(Agent::load)
            .thenComparing(AgentPreference::byLoadRatio)
            .thenComparing(agent -> agent.lastAssignedAt() == null ? Instant.MIN : agent.lastAssignedAt())
            .thenComparing(Agent::agentId);

    private AgentPreference() {
    }

    /** Compares load/capacity without floating point: a/b versus c/d is a*d versus c*b (capacities are positive). */
    private static int byLoadRatio(Agent left, Agent right) {
        return Long.compare((long) left.load() * right.capacity(), (long) right.load() * left.capacity());
    }
}
