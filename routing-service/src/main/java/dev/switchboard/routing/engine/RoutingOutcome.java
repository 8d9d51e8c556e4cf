package dev.switchboard.routing.engine;

import dev.switchboard.events.RoutingDecision;
import java.util.List;

/** What one input did: the workspace's new state and the decisions to publish, in order. */
public record RoutingOutcome(WorkspaceRouting state, List<RoutingDecision> decisions) {

    public RoutingOutcome {
        decisions = List.copyOf(decisions);
    }
}
