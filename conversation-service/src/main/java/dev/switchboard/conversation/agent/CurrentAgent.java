package dev.switchboard.conversation.agent;

/** The agent a request acts for, taken from the verified token: every query is scoped to {@code workspaceId}. */
public record CurrentAgent(String agentId, String workspaceId, AgentRole role) {

    public boolean isSupervisor() {
        return role == AgentRole.SUPERVISOR;
    }
}
