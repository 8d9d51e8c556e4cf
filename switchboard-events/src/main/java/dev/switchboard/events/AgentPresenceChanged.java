package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** An agent went online, away or offline, with the capacity (concurrent conversations) they carry. */
public record AgentPresenceChanged(UUID eventId, Instant occurredAt, String workspaceId, String agentId,
        Presence presence, int capacity) implements RoutingInput {
}
