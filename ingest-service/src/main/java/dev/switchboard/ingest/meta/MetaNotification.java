package dev.switchboard.ingest.meta;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.inbox.MetaAccount;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One verified Meta POST, read: the product that sent it, every asset (and WhatsApp number) its entries are addressed
 * to, and every item of every entry in the order Meta sent them, so the whole batch can be checked before any of it
 * is published.
 *
 * @param object Meta's {@code object}: {@code page}, {@code instagram} or {@code whatsapp_business_account}
 */
record MetaNotification(String object, List<Address> addresses, List<MetaWebhook> webhooks) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    MetaNotification {
        addresses = List.copyOf(addresses);
        webhooks = List.copyOf(webhooks);
    }

    /** An entry's {@code id} and, for a WhatsApp change, its {@code metadata.phone_number_id}. */
    record Address(String assetId, @Nullable String phoneNumberId) {
    }

    /**
     * Reads a body; one that is not UTF-8 JSON with {@code object} and {@code entry}, or whose messages and receipts
     * lack their ids, is a {@link MalformedMetaRequest}.
     */
    static MetaNotification parse(byte[] body) {
        PayloadNode root = new PayloadNode(readTree(body), "");
        String object = root.requiredText("object");
        if (!root.has("entry")) {
            throw new MalformedMetaRequest("entry", "is required");
        }
        Optional<MetaObject> product = MetaObject.named(object);
        List<Address> addresses = new ArrayList<>();
        List<MetaWebhook> webhooks = new ArrayList<>();
        for (PayloadNode entry : root.elements("entry")) {
            String assetId = entry.requiredText("id");
            addresses.add(new Address(assetId, null));
            product.ifPresent(known -> webhooks.addAll(read(known, entry, assetId)));
            if (product.orElse(null) == MetaObject.WHATSAPP_BUSINESS_ACCOUNT) {
                WhatsAppChanges.phoneNumberIds(entry).forEach(number -> addresses.add(new Address(assetId, number)));
            }
        }
        return new MetaNotification(object, addresses, webhooks);
    }

    /**
     * Why this notification is not for the inbox of {@code channel} fed by {@code meta}: another product, another
     * asset in any entry, or (WhatsApp) another business number; empty when all of it is the inbox's.
     */
    Optional<String> misaddressed(Channel channel, MetaAccount meta) {
        String expected = MetaObject.of(channel).wireName();
        if (!expected.equals(object)) {
            return Optional.of("takes '" + expected + "' notifications, not '" + object + "'");
        }
        for (Address address : addresses) {
            if (!address.assetId().equals(meta.assetId())) {
                return Optional.of("does not receive for entry id '" + address.assetId() + "'");
            }
            if (address.phoneNumberId() != null && !address.phoneNumberId().equals(meta.phoneNumberId())) {
                return Optional.of("does not receive on phone_number_id '" + address.phoneNumberId() + "'");
            }
        }
        return Optional.empty();
    }

    private static List<MetaWebhook> read(MetaObject product, PayloadNode entry, String assetId) {
        Map<String, String> metadata = Map.of(product.assetKey(), assetId);
        return product == MetaObject.WHATSAPP_BUSINESS_ACCOUNT
                ? WhatsAppChanges.read(entry, metadata)
                : MessagingEntries.read(entry, metadata);
    }

    private static JsonNode readTree(byte[] body) {
        requireUtf8(body);
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedMetaRequest("body", "is not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new MalformedMetaRequest("body", "must be a JSON object");
        }
        return root;
    }

    /** Strict, unlike a lenient decoder: overlong forms and encoded surrogates are refused, not passed on. */
    private static void requireUtf8(byte[] body) {
        try {
            UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new MalformedMetaRequest("body", "is not valid UTF-8");
        }
    }
}
