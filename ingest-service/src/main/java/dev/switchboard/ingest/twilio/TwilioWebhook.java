package dev.switchboard.ingest.twilio;

import dev.switchboard.events.Attachment;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a verified Twilio POST is: a customer's message, or a status callback about one of our outbound messages
 * (Twilio adds {@code MessageStatus} only to the latter), which must never become a message.
 */
sealed interface TwilioWebhook {

    String WHATSAPP_PREFIX = "whatsapp:";

    /** Reads the form; a message without {@code MessageSid}, {@code From} or {@code To} is a {@link MalformedTwilioRequest}. */
    static TwilioWebhook from(TwilioForm form) {
        String status = form.first("MessageStatus");
        if (status != null) {
            return new StatusCallback(required(form, "MessageSid"), status, blankToNull(form.first("ErrorCode")),
                    required(form, "To"), blankToNull(form.first("AccountSid")));
        }
        return new InboundMessage(required(form, "MessageSid"), required(form, "From"), required(form, "To"),
                orEmpty(form.first("Body")), blankToNull(form.first("ProfileName")), media(form));
    }

    /**
     * A customer's SMS, MMS or WhatsApp message.
     *
     * @param from the sender as Twilio gives it: {@code +14155550100} or {@code whatsapp:+14155550100}
     * @param to the inbox's number as Twilio gives it
     */
    record InboundMessage(String messageSid, String from, String to, String body, @Nullable String profileName,
            List<Attachment> media) implements TwilioWebhook {

        public InboundMessage {
            media = List.copyOf(media);
        }

        /** The customer's E.164 number: the thread's handle, the same on SMS and WhatsApp. */
        String handle() {
            return withoutPrefix(from);
        }
    }

    /**
     * A delivery receipt for one of our outbound messages ({@code queued}, {@code delivered}, {@code read}, ...).
     *
     * @param to the customer our message went to: the thread
     */
    record StatusCallback(String messageSid, String status, @Nullable String errorCode, String to,
            @Nullable String accountSid) implements TwilioWebhook {

        /** The customer's E.164 number, as {@link InboundMessage#handle()} gives it for their messages. */
        String handle() {
            return withoutPrefix(to);
        }
    }

    private static String withoutPrefix(String address) {
        return address.startsWith(WHATSAPP_PREFIX) ? address.substring(WHATSAPP_PREFIX.length()) : address;
    }

    private static List<Attachment> media(TwilioForm form) {
        int declared = numMedia(form.first("NumMedia"));
        List<Attachment> media = new ArrayList<>();
        for (int i = 0; i < declared; i++) {
            String url = form.first("MediaUrl" + i);
            if (url == null) {
                break;
            }
            String contentType = form.first("MediaContentType" + i);
            media.add(new Attachment(url,
                    contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType, null));
        }
        return media;
    }

    private static int numMedia(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other negative or non-numeric count
        }
        throw new MalformedTwilioRequest("NumMedia", "must be a non-negative number");
    }

    private static String required(TwilioForm form, String name) {
        String value = form.first(name);
        if (value == null || value.isBlank()) {
            throw new MalformedTwilioRequest(name, "is required");
        }
        return value;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
