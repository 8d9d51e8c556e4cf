package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/**
 * How many live UI connections (WebSocket and SSE) one notify instance holds for an agent, sent when the count
 * crosses zero and renewed periodically, so the owner of presence can tell "every connection closed" from "that
 * instance crashed" (a report not renewed by {@code validUntil} counts as zero).
 *
 * @param instanceId the reporting notify instance, stable for its lifetime
 * @param open connections now open on that instance
 * @param validUntil when this report lapses unless a newer one from the same instance arrives
 */
public record AgentConnectionsReported(UUID eventId, Instant occurredAt, String workspaceId, String agentId,
        String instanceId, int open, Instant validUntil) implements NotifyEvent {
}
