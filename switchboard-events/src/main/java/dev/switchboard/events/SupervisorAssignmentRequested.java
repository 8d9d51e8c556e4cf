package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor gives a conversation to an agent, waiting or held by someone else.
 *
 * @param overCapacity whether the agent may be pushed past capacity; such an assignment is flagged as an override
 */
public record SupervisorAssignmentRequested(UUID eventId, Instant occurredAt, String workspaceId,
        String conversationId, String supervisorId, String agentId, boolean overCapacity) implements RoutingInput {
}
