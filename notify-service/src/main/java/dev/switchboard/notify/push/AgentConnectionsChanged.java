package dev.switchboard.notify.push;

/**
 * Published (as a Spring application event) when an agent's first connection on this instance opens or their last
 * one closes: the hook for presence, which conversation-service turns into {@code AgentPresenceChanged}.
 *
 * @param open the agent's WebSocket and SSE connections now open on this instance: 1 or 0
 */
public record AgentConnectionsChanged(String workspaceId, String agentId, int open) {
}
