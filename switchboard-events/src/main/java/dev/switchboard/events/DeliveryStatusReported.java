package dev.switchboard.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's receipt for one of our outbound messages (Twilio status callback, Meta delivery/read receipt, WhatsApp
 * Cloud status), verified like a message and published on the same per-channel topic, keyed by the customer's thread.
 * It is not a message: consumers update the outbound message whose provider id matches.
 *
 * @param providerMessageId the provider's id of our outbound message, as it answered our send; {@code null} for a
 *     watermark receipt (Messenger and Instagram read receipts), which covers every earlier outbound message in the
 *     thread up to {@code providerTimestamp}
 * @param errorCode the provider's error code for {@link DeliveryStatus#FAILED}, e.g. Twilio's 30003
 * @param errorMessage the provider's description of the failure, never message content
 * @param providerTimestamp when the provider says the status changed (the watermark, for watermark receipts)
 */
public record DeliveryStatusReported(UUID eventId, Instant occurredAt, String workspaceId, String inboxId,
        Channel channel, String threadKey, @Nullable String providerMessageId, DeliveryStatus status,
        @Nullable String errorCode, @Nullable String errorMessage, @Nullable Instant providerTimestamp,
        Map<String, String> providerMetadata) implements InboundEvent {

    public DeliveryStatusReported {
        providerMetadata = providerMetadata == null ? Map.of() : Map.copyOf(providerMetadata);
    }
}
