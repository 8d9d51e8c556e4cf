package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent went online, away or offline, with the capacity (weighted concurrent conversations) they carry.
 *
 * @param reason why; absent in records written before it existed, read as {@link PresenceReason#CHOSEN}
 */
public record AgentPresenceChanged(UUID eventId, Instant occurredAt, String workspaceId, String agentId,
        Presence presence, int capacity, PresenceReason reason) implements RoutingInput {

    public AgentPresenceChanged {
        reason = reason == null ? PresenceReason.CHOSEN : reason;
    }

    /** A presence the agent chose. */
    public AgentPresenceChanged(UUID eventId, Instant occurredAt, String workspaceId, String agentId,
            Presence presence, int capacity) {
        this(eventId, occurredAt, workspaceId, agentId, presence, capacity, PresenceReason.CHOSEN);
    }
}
