package dev.switchboard.routing.engine;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.AgentProfileChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationPrioritised;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationTeamChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.Priority;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.RoutingPolicyChanged;
import dev.switchboard.events.RoutingStrategy;
import dev.switchboard.events.SelfAssignmentRequested;
import dev.switchboard.events.SupervisorAssignmentRequested;
import dev.switchboard.events.TransferRequested;
import dev.switchboard.events.WaitingReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Builds routing inputs for one test workspace with fresh, readable event ids. */
final class RoutingInputs {

    static final String WORKSPACE = "demo";
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    private RoutingInputs() {
    }

    static AgentPresenceChanged online(String agentId, int capacity) {
        return presence(agentId, Presence.ONLINE, capacity);
    }

    static AgentPresenceChanged presence(String agentId, Presence presence, int capacity) {
        return presence(agentId, presence, capacity, PresenceReason.CHOSEN);
    }

    static AgentPresenceChanged presence(String agentId, Presence presence, int capacity, PresenceReason reason) {
        return new AgentPresenceChanged(nextId(), T0, WORKSPACE, agentId, presence, capacity, reason);
    }

    static AgentProfileChanged profile(String agentId, int capacity, List<String> teams, List<String> skills) {
        return profile(agentId, capacity, Map.of(), teams, skills);
    }

    static AgentProfileChanged profile(String agentId, int capacity, Map<Channel, Double> weights,
            List<String> teams, List<String> skills) {
        return new AgentProfileChanged(nextId(), T0, WORKSPACE, agentId, capacity, weights, teams, skills);
    }

    static RoutingPolicyChanged policy(RoutingStrategy strategy, Map<String, RoutingStrategy> teams,
            Map<Channel, Double> weights) {
        return new RoutingPolicyChanged(nextId(), T0, WORKSPACE, strategy, teams, weights, null, Map.of());
    }

    static ConversationWaiting waiting(String conversationId) {
        return conversation(conversationId).waiting();
    }

    static ConversationWaiting waiting(String conversationId, Priority priority) {
        return conversation(conversationId).priority(priority).waiting();
    }

    static Arrival conversation(String conversationId) {
        return new Arrival(conversationId, Channel.WEBCHAT, Priority.NORMAL, null, List.of(), null, null);
    }

    static ConversationReleased released(String conversationId, @Nullable String agentId) {
        return new ConversationReleased(nextId(), T0, WORKSPACE, conversationId, agentId, ReleaseReason.RESOLVED);
    }

    static ConversationPrioritised prioritised(String conversationId, Priority priority) {
        return new ConversationPrioritised(nextId(), T0, WORKSPACE, conversationId, priority);
    }

    static ConversationTeamChanged teamChanged(String conversationId, @Nullable String team) {
        return new ConversationTeamChanged(nextId(), T0, WORKSPACE, conversationId, team);
    }

    static SelfAssignmentRequested selfAssign(String conversationId, String agentId) {
        return new SelfAssignmentRequested(nextId(), T0, WORKSPACE, conversationId, agentId);
    }

    static TransferRequested transfer(String conversationId, @Nullable String toAgentId, @Nullable String toTeam) {
        return new TransferRequested(nextId(), T0, WORKSPACE, conversationId, "sam", toAgentId, toTeam);
    }

    static SupervisorAssignmentRequested supervisorAssign(String conversationId, String agentId, boolean over) {
        return new SupervisorAssignmentRequested(nextId(), T0, WORKSPACE, conversationId, "sam", agentId, over);
    }

    static UUID nextId() {
        return new UUID(0x5B0A_0000_0000_4000L, 0x8000_0000_0000_0000L | IDS.incrementAndGet());
    }

    /** A conversation about to ask for an agent, built up one need at a time. */
    record Arrival(String conversationId, Channel channel, Priority priority, @Nullable String team,
            List<String> skills, @Nullable String preferredAgentId, @Nullable Instant lastHelpedAt) {

        Arrival channel(Channel newChannel) {
            return new Arrival(conversationId, newChannel, priority, team, skills, preferredAgentId, lastHelpedAt);
        }

        Arrival priority(Priority newPriority) {
            return new Arrival(conversationId, channel, newPriority, team, skills, preferredAgentId, lastHelpedAt);
        }

        Arrival team(String newTeam) {
            return new Arrival(conversationId, channel, priority, newTeam, skills, preferredAgentId, lastHelpedAt);
        }

        Arrival skills(String... needed) {
            return new Arrival(conversationId, channel, priority, team, List.of(needed), preferredAgentId,
                    lastHelpedAt);
        }

        Arrival preferring(String agentId, @Nullable Instant helpedAt) {
            return new Arrival(conversationId, channel, priority, team, skills, agentId, helpedAt);
        }

        ConversationWaiting waiting() {
            return waitingSince(T0);
        }

        ConversationWaiting waitingSince(Instant since) {
            return new ConversationWaiting(nextId(), T0, WORKSPACE, conversationId, "demo-" + channel, channel,
                    priority, team, skills, preferredAgentId, lastHelpedAt, since, WaitingReason.NEW);
        }
    }
}
