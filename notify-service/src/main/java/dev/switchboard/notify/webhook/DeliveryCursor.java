package dev.switchboard.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Where a page of the delivery log ended: opaque to clients (base64url of {@code seq:id}), stable across writes. */
record DeliveryCursor(long seq, String id) {

    static DeliveryCursor after(WebhookDelivery delivery) {
        return new DeliveryCursor(delivery.seq(), delivery.id());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((seq + ":" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or empty if it is not one of ours. */
    static Optional<DeliveryCursor> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new DeliveryCursor(Long.parseLong(text.substring(0, colon)),
                            text.substring(colon + 1)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
