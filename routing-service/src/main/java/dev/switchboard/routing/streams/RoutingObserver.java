package dev.switchboard.routing.streams;

import dev.switchboard.events.RoutingDecision;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Floor;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Watches what the topology decides, so metrics can be kept without the topology knowing any metrics library. */
public interface RoutingObserver {

    /** Watches nothing. */
    RoutingObserver NONE = new RoutingObserver() {
        @Override
        public void decided(Summary summary, List<RoutingDecision> decisions, Duration latency) {
        }

        @Override
        public void forget(String workspaceId) {
        }
    };

    /**
     * One input or timer was decided for a workspace.
     *
     * @param summary the workspace after it
     * @param latency from the input's record time to its decisions being made
     */
    void decided(Summary summary, List<RoutingDecision> decisions, Duration latency);

    /** This instance no longer decides for the workspace (its partition moved or the streams stopped). */
    void forget(String workspaceId);

    /**
     * What a watcher may keep of a workspace after a decision: values, never the live floor, which only the stream
     * thread may touch.
     *
     * @param occupancy load over capacity of each agent whose seat this decision changed
     */
    record Summary(String workspaceId, int queueLength, @Nullable Instant longestWaitingSince,
            Map<String, Double> occupancy) {

        /** The floor as it stands, with the occupancy of the agents changed since it was last stored. */
        static Summary of(Floor floor) {
            Map<String, Double> occupancy = new HashMap<>();
            for (String agentId : floor.changes().agentIds()) {
                Agent agent = floor.agent(agentId).orElseThrow();
                occupancy.put(agentId, agent.budget() == 0 ? 0 : agent.load() / (double) agent.budget());
            }
            return new Summary(floor.workspaceId(), floor.queueLength(), floor.longestWaitingSince(),
                    Map.copyOf(occupancy));
        }
    }
}
