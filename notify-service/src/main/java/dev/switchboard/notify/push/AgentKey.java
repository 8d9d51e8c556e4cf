package dev.switchboard.notify.push;

import dev.switchboard.notify.security.AgentIdentity;

/** Whose sockets these are: agent ids are unique only within a workspace, so the workspace is part of the key. */
record AgentKey(String workspaceId, String agentId) {

    static AgentKey of(AgentIdentity agent) {
        return new AgentKey(agent.workspaceId(), agent.agentId());
    }
}
