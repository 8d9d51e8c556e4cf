package dev.switchboard.ingest.meta;

import dev.switchboard.events.Attachment;
import dev.switchboard.ingest.meta.MetaWebhook.Ignored;
import dev.switchboard.ingest.meta.MetaWebhook.InboundMessage;
import dev.switchboard.ingest.meta.MetaWebhook.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code messaging[]} items of a Messenger ({@code page}) or Instagram entry: customers' messages, receipts
 * (see {@link MessagingReceipts}), and the events we do not handle (echoes, reactions, postbacks, edits, standby,
 * everything else).
 */
final class MessagingEntries {

    private MessagingEntries() {
    }

    static List<MetaWebhook> read(PayloadNode entry, Map<String, String> metadata) {
        List<MetaWebhook> webhooks = new ArrayList<>();
        entry.elements("messaging").forEach(item -> webhooks.addAll(item(item, metadata)));
        entry.elements("standby").forEach(item -> webhooks.add(new Ignored(Kind.STANDBY)));
        entry.elements("changes").forEach(change -> webhooks.add(new Ignored(Kind.UNSUPPORTED)));
        return webhooks;
    }

    private static List<MetaWebhook> item(PayloadNode item, Map<String, String> metadata) {
        if (item.has("message")) {
            return List.of(message(item, item.child("message"), metadata));
        }
        if (item.has("delivery")) {
            return MessagingReceipts.delivery(customer(item), item.child("delivery"), metadata);
        }
        if (item.has("read")) {
            return List.of(MessagingReceipts.read(customer(item), item, metadata));
        }
        Kind kind = item.has("reaction") ? Kind.REACTION
                : item.has("postback") ? Kind.POSTBACK
                : item.has("message_edit") ? Kind.EDIT
                : Kind.UNSUPPORTED;
        return List.of(new Ignored(kind));
    }

    private static MetaWebhook message(PayloadNode item, PayloadNode message, Map<String, String> metadata) {
        if (message.flag("is_echo")) {
            return new Ignored(Kind.ECHO);
        }
        if (message.flag("is_deleted") || message.flag("is_unsupported")) {
            return new Ignored(Kind.UNSUPPORTED);
        }
        String mid = message.requiredText("mid");
        String text = Objects.requireNonNullElse(message.text("text"), "");
        List<Attachment> attachments = attachments(message);
        if (text.isEmpty() && attachments.isEmpty()) {
            return new Ignored(Kind.UNSUPPORTED);
        }
        return new InboundMessage(mid, customer(item), null, text, attachments, item.epochMillis("timestamp"),
                metadata);
    }

    /** The customer's scoped id; the chat plugin identifies guests by {@code user_ref} instead. */
    private static String customer(PayloadNode item) {
        PayloadNode sender = item.child("sender");
        String userRef = sender.text("user_ref");
        if (sender.text("id") == null && userRef != null && !userRef.isBlank()) {
            return userRef;
        }
        return sender.requiredText("id");
    }

    private static List<Attachment> attachments(PayloadNode message) {
        List<Attachment> attachments = new ArrayList<>();
        for (PayloadNode attachment : message.elements("attachments")) {
            String url = attachment.child("payload").text("url");
            if (url != null && !url.isBlank()) {
                attachments.add(new Attachment(url, contentType(attachment.text("type")), null));
            }
        }
        return attachments;
    }

    /** Meta names only the kind of file, so the content type says no more than that. */
    private static String contentType(@Nullable String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "image" -> "image/*";
            case "video", "reel", "ig_reel" -> "video/*";
            case "audio" -> "audio/*";
            default -> "application/octet-stream";
        };
    }
}
