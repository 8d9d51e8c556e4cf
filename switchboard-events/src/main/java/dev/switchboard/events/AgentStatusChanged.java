package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent's status changed (chosen, or OFFLINE because their last connection went, and back): the public face of
 * what routing hears as {@link AgentPresenceChanged}, for supervisors' dashboards and subscribing systems. Keyed by
 * the agent, so one agent's changes stay in order; published once per change, its id derived from the stored change.
 *
 * @param status what the agent is now: only ONLINE agents receive new conversations
 * @param reason why: chosen by the agent, their connections gone, or their shift ended
 */
public record AgentStatusChanged(UUID eventId, Instant occurredAt, String workspaceId, String agentId,
        Presence status, PresenceReason reason) implements ConversationEvent {

    @Override
    public String partitionKey() {
        return agentId;
    }
}
