package dev.switchboard.notify.security;

import java.util.List;

/**
 * The agent a verified access token speaks for: pushes are scoped to exactly this workspace, and within it to what
 * the role and teams let them see.
 *
 * @param teams the teams the agent belonged to when the token was issued (claim {@code teams}); empty if none
 */
public record AgentIdentity(String workspaceId, String agentId, String role, List<String> teams) {

    public AgentIdentity {
        teams = List.copyOf(teams);
    }

    public AgentIdentity(String workspaceId, String agentId, String role) {
        this(workspaceId, agentId, role, List.of());
    }

    /** Supervisors (and admins) watch the whole floor of their workspace. */
    public boolean seesWholeWorkspace() {
        return "SUPERVISOR".equals(role) || "ADMIN".equals(role);
    }
}
