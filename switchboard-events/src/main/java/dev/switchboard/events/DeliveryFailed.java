package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** An outbound message could not be delivered; {@code permanent} means retries stopped and it was parked. */
public record DeliveryFailed(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String messageId, Channel channel, String reason, int attempts, boolean permanent)
        implements DeliveryEvent {
}
