package dev.switchboard.notify.security;

/** The agent a verified access token speaks for: pushes are scoped to exactly this workspace and agent. */
public record AgentIdentity(String workspaceId, String agentId, String role) {
}
