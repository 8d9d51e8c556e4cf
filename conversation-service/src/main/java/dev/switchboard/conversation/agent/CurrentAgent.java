package dev.switchboard.conversation.agent;

/** The agent a request acts for, taken from the verified token: every query is scoped to {@code workspaceId}. */
public record CurrentAgent(String agentId, String workspaceId, AgentRole role) {

    /** Whether the agent has a supervisor's powers: supervisors, and admins (who can do all a supervisor can). */
    public boolean isSupervisor() {
        return role == AgentRole.SUPERVISOR || role == AgentRole.ADMIN;
    }

    /** Whether the agent may change the workspace's settings. */
    public boolean isAdmin() {
        return role == AgentRole.ADMIN;
    }
}
