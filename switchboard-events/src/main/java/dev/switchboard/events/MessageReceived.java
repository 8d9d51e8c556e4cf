package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's message, verified and normalised by ingest-service; Kafka has it before the provider hears "OK".
 *
 * @param messageId Switchboard's id, derived from the provider's id so a provider retry yields the same id
 * @param providerMessageId the provider's own id (Twilio MessageSid, Meta mid, email Message-ID, web chat client id)
 */
public record MessageReceived(UUID eventId, Instant occurredAt, String workspaceId, String inboxId, Channel channel,
        String messageId, String providerMessageId, Sender sender, String text, List<Attachment> attachments,
        @Nullable ThreadHints threadHints) implements InboundEvent {

    public MessageReceived {
        attachments = List.copyOf(attachments);
    }

    /** The customer's thread in one inbox: the unit of ordering for inbound messages. */
    public String threadKey() {
        return workspaceId + ":" + inboxId + ":" + sender.handle();
    }

    @Override
    public String partitionKey() {
        return threadKey();
    }
}
