package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's message, verified and normalised by ingest-service; Kafka has it before the provider hears "OK".
 * Every channel arrives in this one shape; what only one provider has goes in {@code providerMetadata}.
 *
 * @param occurredAt when Switchboard received it
 * @param messageId Switchboard's id, derived from the provider's id so a provider retry yields the same id
 * @param providerMessageId the provider's own id (Twilio MessageSid, Meta mid or wamid, email Message-ID, web chat
 *     client id): the consumer de-duplicates on (inbox, provider message id)
 * @param threadKey the customer's thread on this inbox, {@code workspaceId:inboxId:<thread>} where the thread is the
 *     phone number, the page- or account-scoped id, the visitor id, or for email the sender's
 *     address and the thread's root Message-ID; the Kafka key
 * @param sender the customer's address on the channel and the name it gave
 * @param providerTimestamp when the provider says the customer sent it, if it says
 * @param providerMetadata provider-specific leftovers (e.g. Twilio's AccountSid, Meta's page id), small strings only
 */
public record MessageReceived(UUID eventId, Instant occurredAt, String workspaceId, String inboxId, Channel channel,
        String messageId, String providerMessageId, String threadKey, Sender sender, String text,
        List<Attachment> attachments, @Nullable ThreadHints threadHints, @Nullable Instant providerTimestamp,
        Map<String, String> providerMetadata) implements InboundEvent {

    public MessageReceived {
        attachments = List.copyOf(attachments);
        providerMetadata = providerMetadata == null ? Map.of() : Map.copyOf(providerMetadata);
    }

    /** The thread key of a customer whose thread on an inbox is their address (every channel but email). */
    public static String threadOf(String workspaceId, String inboxId, String thread) {
        return workspaceId + ":" + inboxId + ":" + thread;
    }
}
