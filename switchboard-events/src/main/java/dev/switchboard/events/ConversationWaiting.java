package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** A conversation needs an agent. */
public record ConversationWaiting(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String inboxId, Channel channel, Priority priority) implements RoutingInput {
}
