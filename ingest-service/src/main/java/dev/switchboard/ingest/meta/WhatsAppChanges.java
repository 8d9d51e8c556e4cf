package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.Attachment;
import dev.switchboard.ingest.meta.MetaWebhook.Ignored;
import dev.switchboard.ingest.meta.MetaWebhook.InboundMessage;
import dev.switchboard.ingest.meta.MetaWebhook.Kind;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the {@code changes[]} of a WhatsApp Cloud API entry: in each {@code messages} change, the customers' messages
 * (text and media; every other type is dropped by kind) and the {@code statuses[]} of our outbound messages (see
 * {@link WhatsAppStatuses}).
 */
final class WhatsAppChanges {

    /** Media arrive as an id; this Graph API address is where a holder of the access token resolves it. */
    static final String GRAPH_MEDIA = "https://graph.facebook.com/";

    private static final String MESSAGES_FIELD = "messages";
    private static final Set<String> MEDIA_TYPES = Set.of("image", "document", "audio", "video", "sticker");

    private WhatsAppChanges() {
    }

    /** The business phone number ids the entry's changes are addressed to, for those that name one. */
    static List<String> phoneNumberIds(PayloadNode entry) {
        return entry.elements("changes").stream()
                .map(change -> change.child("value").child("metadata").text("phone_number_id"))
                .filter(Objects::nonNull)
                .toList();
    }

    static List<MetaWebhook> read(PayloadNode entry, Map<String, String> entryMetadata) {
        List<MetaWebhook> webhooks = new ArrayList<>();
        for (PayloadNode change : entry.elements("changes")) {
            if (!MESSAGES_FIELD.equals(change.text("field"))) {
                webhooks.add(new Ignored(Kind.UNSUPPORTED));
                continue;
            }
            PayloadNode value = change.child("value");
            Map<String, String> metadata = with(entryMetadata, "phoneNumberId",
                    value.child("metadata").requiredText("phone_number_id"));
            Map<String, String> names = profileNames(value);
            value.elements("messages").forEach(message -> webhooks.add(message(message, names, metadata)));
            value.elements("statuses").forEach(status -> webhooks.add(WhatsAppStatuses.read(status, metadata)));
            value.elements("errors").forEach(error -> webhooks.add(new Ignored(Kind.UNSUPPORTED)));
        }
        return webhooks;
    }

    private static MetaWebhook message(PayloadNode message, Map<String, String> names, Map<String, String> metadata) {
        String type = Objects.requireNonNullElse(message.text("type"), "").toLowerCase(Locale.ROOT);
        boolean media = MEDIA_TYPES.contains(type);
        if (!media && !"text".equals(type)) {
            return new Ignored(ignoredKind(type));
        }
        String wamid = message.requiredText("id");
        String from = message.requiredText("from");
        PayloadNode content = message.child(type);
        String text = Objects.requireNonNullElse(content.text(media ? "caption" : "body"), "");
        if (!media && text.isEmpty()) {
            return new Ignored(Kind.UNSUPPORTED);
        }
        return new InboundMessage(wamid, from, names.get(from), text,
                media ? List.of(attachment(content)) : List.of(), message.epochSeconds("timestamp"),
                with(metadata, "type", type));
    }

    private static Attachment attachment(PayloadNode media) {
        String mimeType = media.text("mime_type");
        return new Attachment(GRAPH_MEDIA + URLEncoder.encode(media.requiredText("id"), UTF_8),
                mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType,
                media.text("filename"));
    }

    private static Kind ignoredKind(String type) {
        return switch (type) {
            case "reaction" -> Kind.REACTION;
            case "button", "interactive" -> Kind.POSTBACK;
            default -> Kind.UNSUPPORTED;
        };
    }

    /** The profile name of each customer in {@code contacts[]}, by {@code wa_id}: the sender's display name. */
    private static Map<String, String> profileNames(PayloadNode value) {
        Map<String, String> names = new HashMap<>();
        for (PayloadNode contact : value.elements("contacts")) {
            String waId = contact.text("wa_id");
            String name = contact.child("profile").text("name");
            if (waId != null && name != null && !name.isBlank()) {
                names.put(waId, name);
            }
        }
        return names;
    }

    private static Map<String, String> with(Map<String, String> metadata, String key, String value) {
        Map<String, String> extended = new HashMap<>(metadata);
        extended.put(key, value);
        return Map.copyOf(extended);
    }
}
