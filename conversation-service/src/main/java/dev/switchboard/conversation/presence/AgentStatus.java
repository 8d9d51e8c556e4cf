package dev.switchboard.conversation.presence;

import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;

/**
 * An agent's presence as their UI shows it: what routing holds them to, why, what they chose, and how many of their
 * UI connections are open now.
 *
 * @param status ONLINE, AWAY or OFFLINE, as routing has it
 * @param reason CHOSEN, or DISCONNECTED while every UI connection is gone (the chosen status returns on reconnect)
 * @param chosenStatus the status the agent last chose
 * @param connections open WebSocket and SSE connections, over every notify instance
 */
public record AgentStatus(String agentId, Presence status, PresenceReason reason, Presence chosenStatus,
        int connections, int capacity) {
}
