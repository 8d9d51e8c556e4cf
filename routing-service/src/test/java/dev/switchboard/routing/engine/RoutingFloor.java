package dev.switchboard.routing.engine;

import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A workspace under test: applies inputs one minute apart and keeps the latest state. */
final class RoutingFloor {

    private WorkspaceRouting state = WorkspaceRouting.empty(RoutingInputs.WORKSPACE);
    private Instant clock = RoutingInputs.T0;

    /** Applies inputs, returning every decision they produced. */
    List<RoutingDecision> apply(RoutingInput... inputs) {
        return Arrays.stream(inputs).flatMap(input -> {
            clock = clock.plus(Duration.ofMinutes(1));
            RoutingOutcome outcome = RoutingRules.apply(state, input, clock);
            state = outcome.state();
            return outcome.decisions().stream();
        }).toList();
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
        return agent(agentId).held().stream().map(QueuedConversation::conversationId).toList();
    }

    List<String> queue() {
        return state.queue().stream().map(QueuedConversation::conversationId).toList();
    }

    /** "conversation->agent" for each routed decision and "conversation queued" for each queued one. */
    static List<String> describe(List<RoutingDecision> decisions) {
        return decisions.stream().map(decision -> decision instanceof ConversationRouted routed
                ? routed.conversationId() + "->" + routed.agentId()
                : decision.conversationId() + " queued" + previous((ConversationQueued) decision)).toList();
    }

    private static String previous(ConversationQueued queued) {
        return queued.previousAgentId() == null ? "" : " from " + queued.previousAgentId();
    }
}
