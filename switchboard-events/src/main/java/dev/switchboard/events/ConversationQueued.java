package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** No online agent had room: the conversation waits in its workspace's queue (again, if its agent went offline). */
public record ConversationQueued(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        int queueLength, @Nullable String previousAgentId) implements RoutingDecision {
}
