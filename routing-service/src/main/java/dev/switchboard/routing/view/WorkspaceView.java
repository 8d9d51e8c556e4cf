package dev.switchboard.routing.view;

import dev.switchboard.events.Presence;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.util.List;

/** What a supervisor needs at a glance: each agent's presence and load against capacity, and how many wait. */
record WorkspaceView(String workspaceId, List<AgentView> agents, int queueLength) {

    static WorkspaceView of(WorkspaceRouting state) {
        return new WorkspaceView(state.workspaceId(), state.agents().values().stream().map(AgentView::of).toList(),
                state.queue().size());
    }

    /** One agent's seat; conversation ids are left out, the floor view needs only counts. */
    record AgentView(String agentId, Presence presence, int load, int capacity) {

        static AgentView of(Agent agent) {
            return new AgentView(agent.agentId(), agent.presence(), agent.load(), agent.capacity());
        }
    }
}
