package dev.switchboard.routing.engine;

import dev.switchboard.events.Presence;
import dev.switchboard.events.RejectionReason;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who may take a conversation. Automatic routing needs an ONLINE agent of the conversation's team with every required
 * skill and room for its weight; a person choosing (self-assignment, transfer, supervisor) overrides skills but
 * not presence or team, and only a supervisor may exceed capacity.
 */
final class Eligibility {

    private Eligibility() {
    }

    static boolean automatic(Agent agent, Conversation conversation, RoutingPolicy policy) {
        return automatic(agent, Needs.of(conversation), policy);
    }

    /** The same for any conversation asking {@code needs}. */
    static boolean automatic(Agent agent, Needs needs, RoutingPolicy policy) {
        return agent.presence() == Presence.ONLINE && inTeam(agent, needs.team())
                && agent.skills().containsAll(needs.requiredSkills())
                && !agent.agentId().equals(needs.excludedAgentId())
                && agent.load() + agent.weightOf(needs.channel(), policy) <= agent.budget();
    }

    /** Why a person may not give the conversation to this agent, if they may not. */
    static Optional<RejectionReason> manual(Agent agent, Conversation conversation, @Nullable String team,
            RoutingPolicy policy, boolean mayExceedCapacity) {
        if (agent.presence() != Presence.ONLINE) {
            return Optional.of(RejectionReason.AGENT_UNAVAILABLE);
        }
        if (!inTeam(agent, team)) {
            return Optional.of(RejectionReason.NOT_IN_TEAM);
        }
        if (!mayExceedCapacity && !fits(agent, conversation, policy)) {
            return Optional.of(RejectionReason.OVER_CAPACITY);
        }
        return Optional.empty();
    }

    /** {@code load + weight(channel) <= capacity}. */
    static boolean fits(Agent agent, Conversation conversation, RoutingPolicy policy) {
        return agent.load() + agent.weightOf(conversation.channel(), policy) <= agent.budget();
    }

    private static boolean inTeam(Agent agent, @Nullable String team) {
        return team == null || agent.teams().contains(team);
    }
}
