package dev.switchboard.notify.push;

/**
 * Published (as a Spring application event) when an agent's first connection on this instance opens or their last
 * one closes: the hook for presence ({@code presence/ConnectionReports} reports it on {@code notify-events}, and
 * conversation-service turns the reports into {@code AgentPresenceChanged}).
 *
 * @param open the agent's WebSocket and SSE connections now open on this instance: 1 or 0
 */
public record AgentConnectionsChanged(String workspaceId, String agentId, int open) {
}
