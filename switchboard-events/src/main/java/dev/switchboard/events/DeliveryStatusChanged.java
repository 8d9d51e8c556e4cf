package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's receipt moved one of our outbound messages forward (delivered, read, or failed after the provider
 * accepted it): notify-service relates the receipt's provider id to our message id and publishes this once per change.
 *
 * @param status the new state; it never goes back (SENT, then DELIVERED, then READ; FAILED only after SENT)
 * @param errorCode the provider's error code for {@link DeliveryStatus#FAILED}, e.g. Twilio's 30003
 * @param errorMessage the provider's description of the failure, never message content
 * @param providerTimestamp when the provider says the status changed
 */
public record DeliveryStatusChanged(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String messageId, Channel channel, DeliveryStatus status, @Nullable String providerMessageId,
        @Nullable String errorCode, @Nullable String errorMessage, @Nullable Instant providerTimestamp)
        implements DeliveryEvent {
}
