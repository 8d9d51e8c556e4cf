package dev.switchboard.conversation.presence;

/** An agent as the sweep finds them: agent ids are unique, but every query is still scoped by workspace. */
record AgentRef(String workspaceId, String agentId) {
}
