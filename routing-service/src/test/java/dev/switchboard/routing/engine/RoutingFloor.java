package dev.switchboard.routing.engine;

import dev.switchboard.events.AssignmentRejected;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A workspace under test: applies inputs one minute apart (or at a chosen time) and keeps the latest state. */
final class RoutingFloor {

    private WorkspaceRouting state = WorkspaceRouting.empty(RoutingInputs.WORKSPACE);
    private Instant clock = RoutingInputs.T0;

    /** Applies inputs, returning every decision they produced. */
    List<RoutingDecision> apply(RoutingInput... inputs) {
        List<RoutingDecision> decisions = new ArrayList<>();
        for (RoutingInput input : inputs) {
            decisions.addAll(applyAt(clock.plus(Duration.ofMinutes(1)), input));
        }
        return decisions;
    }

    /** Applies one input at {@code at}. */
    List<RoutingDecision> applyAt(Instant at, RoutingInput input) {
        clock = at;
        RoutingOutcome outcome = RoutingRules.apply(state, input, clock);
        state = outcome.state();
        return outcome.decisions();
    }

    /** Lets time pass with no input, as the topology's timer does. */
    List<RoutingDecision> timePasses(Duration duration) {
        clock = clock.plus(duration);
        RoutingOutcome outcome = RoutingRules.handBackDue(state, clock);
        state = outcome.state();
        return outcome.decisions();
    }

    WorkspaceRouting state() {
        return state;
    }

    Instant clock() {
        return clock;
    }

    Agent agent(String agentId) {
        return state.agents().get(agentId);
    }

    List<String> heldBy(String agentId) {
        return agent(agentId).held().stream().map(Conversation::conversationId).toList();
    }

    List<String> queue() {
        return state.queue().stream().map(Conversation::conversationId).toList();
    }

    /**
     * One line per decision: "c1->alice", "c1->alice (STICKY from bob)", "c1 queued 2/3", "c1 unassigned from alice
     * 1/2", "c1 rejected OVER_CAPACITY".
     */
    static List<String> describe(List<RoutingDecision> decisions) {
        return decisions.stream().map(RoutingFloor::describe).toList();
    }

    private static String describe(RoutingDecision decision) {
        if (decision instanceof ConversationRouted routed) {
            String how = routed.reason().name() + (routed.previousAgentId() == null ? ""
                    : " from " + routed.previousAgentId()) + (routed.override() ? " OVERRIDE" : "");
            return routed.conversationId() + "->" + routed.agentId()
                    + (how.equals("AUTO") ? "" : " (" + how + ")");
        }
        if (decision instanceof ConversationQueued queued) {
            return queued.conversationId() + " queued " + queued.position() + "/" + queued.queueLength();
        }
        if (decision instanceof ConversationUnassigned unassigned) {
            return unassigned.conversationId() + " unassigned from " + unassigned.previousAgentId() + " "
                    + unassigned.position() + "/" + unassigned.queueLength();
        }
        AssignmentRejected rejected = (AssignmentRejected) decision;
        return rejected.conversationId() + " rejected " + rejected.reason();
    }
}
