package dev.switchboard.notify.push;

import dev.switchboard.notify.security.AgentIdentity;
import java.util.Set;

/**
 * Who watches one connection, as far as what it may be sent goes: supervisors see their whole workspace; an agent
 * sees the conversations they hold (or just lost) and the waiting conversations of their teams' queue.
 *
 * @param teams as the connection's token named them when it was issued
 */
record Viewer(String workspaceId, String agentId, boolean wholeWorkspace, Set<String> teams) {

    Viewer {
        teams = Set.copyOf(teams);
    }

    static Viewer of(AgentIdentity agent) {
        return new Viewer(agent.workspaceId(), agent.agentId(), agent.seesWholeWorkspace(), Set.copyOf(agent.teams()));
    }

    /** Whether this connection may be sent an event with that audience, live or read back. */
    boolean mayReceive(Audience audience) {
        if (!workspaceId.equals(audience.workspaceId())) {
            return false;
        }
        if (wholeWorkspace || audience.involved().contains(agentId)) {
            return true;
        }
        return switch (audience.queue()) {
            case EVERYONE -> true;
            case TEAM -> teams.contains(audience.team());
            case NONE, UNKNOWN -> false;
        };
    }
}
