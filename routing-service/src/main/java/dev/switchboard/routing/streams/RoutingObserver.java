package dev.switchboard.routing.streams;

import dev.switchboard.events.RoutingDecision;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.time.Duration;
import java.util.List;

/** Watches what the topology decides, so metrics can be kept without the topology knowing any metrics library. */
public interface RoutingObserver {

    /** Watches nothing. */
    RoutingObserver NONE = new RoutingObserver() {
        @Override
        public void decided(WorkspaceRouting state, List<RoutingDecision> decisions, Duration latency) {
        }

        @Override
        public void forget(String workspaceId) {
        }
    };

    /**
     * One input or timer was decided for a workspace.
     *
     * @param state the workspace after it
     * @param latency from the input's record time to its decisions being made
     */
    void decided(WorkspaceRouting state, List<RoutingDecision> decisions, Duration latency);

    /** This instance no longer decides for the workspace (its partition moved or the streams stopped). */
    void forget(String workspaceId);
}
