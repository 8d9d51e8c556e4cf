package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The provider (or the visitor's web chat connection) accepted an outbound message. */
public record MessageDelivered(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String messageId, Channel channel, @Nullable String providerMessageId) implements DeliveryEvent {
}
