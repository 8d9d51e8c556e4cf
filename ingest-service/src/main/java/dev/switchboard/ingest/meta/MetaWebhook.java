package dev.switchboard.ingest.meta;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one item of a verified Meta batch is: a customer's message, a receipt for one of our outbound messages (which
 * must never become a message), or something we acknowledge and drop, so that Meta never sees an error for a genuine
 * event and disables the webhook.
 */
sealed interface MetaWebhook {

    /**
     * A customer's message.
     *
     * @param providerMessageId Messenger's or Instagram's {@code mid}, or WhatsApp's {@code wamid}
     * @param handle the customer: page-scoped id (PSID), Instagram-scoped id (IGSID) or WhatsApp {@code wa_id}
     * @param displayName WhatsApp's {@code contacts[].profile.name}; Messenger and Instagram give none
     * @param sentAt when Meta says the customer sent it
     * @param metadata small strings only: the asset and number it came to, the WhatsApp message type
     */
    record InboundMessage(String providerMessageId, String handle, @Nullable String displayName, String text,
            List<Attachment> attachments, @Nullable Instant sentAt, Map<String, String> metadata)
            implements MetaWebhook {

        public InboundMessage {
            attachments = List.copyOf(attachments);
            metadata = Map.copyOf(metadata);
        }
    }

    /**
     * A receipt for one of our outbound messages.
     *
     * @param handle the customer our message went to: the thread
     * @param providerMessageId our message's id; null for a watermark receipt covering every earlier message
     * @param at when Meta says the status changed; the watermark for a watermark receipt
     */
    record Receipt(String handle, @Nullable String providerMessageId, DeliveryStatus status,
            @Nullable String errorCode, @Nullable String errorMessage, @Nullable Instant at,
            Map<String, String> metadata) implements MetaWebhook {

        public Receipt {
            metadata = Map.copyOf(metadata);
        }
    }

    /** A genuine event we acknowledge and drop, by kind, so that each kind can be counted. */
    record Ignored(Kind kind) implements MetaWebhook {
    }

    /** The fixed set of ignored kinds: each is a metric tag, so the set must stay small. */
    enum Kind {
        /** Our own outbound message, echoed back (Messenger {@code message_echoes}, Instagram {@code is_echo}). */
        ECHO,
        REACTION,
        /** Button taps, quick-reply postbacks and WhatsApp interactive replies: we send no buttons. */
        POSTBACK,
        /** A customer editing a message already taken. */
        EDIT,
        /** A message while another app of the page controls the conversation (handover protocol). */
        STANDBY,
        /** Anything else: unsent or unsupported messages, locations, contacts, system notices, unknown events. */
        UNSUPPORTED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
