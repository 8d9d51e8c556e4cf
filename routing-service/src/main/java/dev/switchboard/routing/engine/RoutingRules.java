package dev.switchboard.routing.engine;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.AgentProfileChanged;
import dev.switchboard.events.ConversationPrioritised;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationTeamChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.RoutingPolicyChanged;
import dev.switchboard.events.SelfAssignmentRequested;
import dev.switchboard.events.SupervisorAssignmentRequested;
import dev.switchboard.events.TransferRequested;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The routing rules as functions from (state, input, now) to (new state, decisions), so that the stream processor can
 * store the state and publish the decisions in one transaction, and a replay decides the same. The live form works on
 * a {@link Floor} kept between inputs; the value form here copies a whole {@link WorkspaceRouting} in and out, for
 * tests and tools that want each step's state as a value.
 */
public final class RoutingRules {

    private RoutingRules() {
    }

    /** Applies one input, after handing back what agents whose grace period ended by {@code now} still hold. */
    public static RoutingOutcome apply(WorkspaceRouting state, RoutingInput input, Instant now) {
        Floor floor = Floor.of(state);
        List<RoutingDecision> decisions = floor.apply(input, now);
        return new RoutingOutcome(floor.snapshot(), decisions);
    }

    /**
     * What the passing of time alone decides: hand-backs whose grace period ended by {@code now}, and the waiting-time
     * rules (priority bump, skill relaxation) where the workspace has them.
     */
    public static RoutingOutcome handBackDue(WorkspaceRouting state, Instant now) {
        Floor floor = Floor.of(state);
        List<RoutingDecision> decisions = floor.handBackDue(now);
        return new RoutingOutcome(floor.snapshot(), decisions);
    }

    /** The id routing gives a workspace's decision number {@code sequence} (0 first), on every replay alike. */
    public static UUID decisionId(String workspaceId, long sequence) {
        return Decisions.idOf(workspaceId, sequence);
    }

    /** Applies one input in the given round (a test's round may drain differently). */
    static List<RoutingDecision> apply(RoutingRound round, RoutingInput input) {
        AgentChanges.handBackDue(round);
        WaitingTimeRules.due(round);
        dispatch(round, input);
        round.announcements.movedPositions();
        return round.made();
    }

    static List<RoutingDecision> handBackDue(RoutingRound round) {
        AgentChanges.handBackDue(round);
        WaitingTimeRules.due(round);
        round.announcements.movedPositions();
        return round.made();
    }

    private static void dispatch(RoutingRound round, RoutingInput input) {
        if (input instanceof ConversationWaiting waiting) {
            WaitingConversations.waiting(round, waiting);
        } else if (input instanceof ConversationReleased released) {
            WaitingConversations.released(round, released);
        } else if (input instanceof ConversationPrioritised prioritised) {
            WaitingConversations.prioritised(round, prioritised);
        } else if (input instanceof ConversationTeamChanged teamChanged) {
            WaitingConversations.teamChanged(round, teamChanged);
        } else if (input instanceof AgentPresenceChanged presence) {
            AgentChanges.presence(round, presence);
        } else if (input instanceof AgentProfileChanged profile) {
            AgentChanges.profile(round, profile);
        } else if (input instanceof RoutingPolicyChanged policy) {
            AgentChanges.policy(round, policy);
        } else if (input instanceof SelfAssignmentRequested self) {
            ManualAssignments.selfAssigned(round, self);
        } else if (input instanceof SupervisorAssignmentRequested supervisor) {
            ManualAssignments.supervisorAssigned(round, supervisor);
        } else if (input instanceof TransferRequested transfer) {
            if (transfer.toAgentId() != null) {
                ManualAssignments.transferredToAgent(round, transfer);
            } else {
                TeamTransfers.transferred(round, transfer);
            }
        }
    }
}
