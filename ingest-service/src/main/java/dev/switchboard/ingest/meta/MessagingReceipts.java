package dev.switchboard.ingest.meta;

import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.ingest.meta.MetaWebhook.Receipt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Messenger's and Instagram's receipts for our outbound messages: a delivery names the delivered {@code mids[]} (old
 * clients only a watermark), a Messenger read is a watermark covering every earlier message, an Instagram read
 * ({@code messaging_seen}) names one {@code mid}.
 */
final class MessagingReceipts {

    private MessagingReceipts() {
    }

    /** One receipt per delivered {@code mid}, or one watermark receipt when Meta sends only the watermark. */
    static List<MetaWebhook> delivery(String customer, PayloadNode delivery, Map<String, String> metadata) {
        Instant watermark = watermark(delivery);
        List<PayloadNode> mids = delivery.elements("mids");
        if (mids.isEmpty()) {
            return List.of(new Receipt(customer, null, DeliveryStatus.DELIVERED, null, null, watermark, metadata));
        }
        return mids.stream().<MetaWebhook>map(mid -> new Receipt(customer, midOf(mid), DeliveryStatus.DELIVERED,
                null, null, watermark, metadata)).toList();
    }

    /** The read receipt of a {@code messaging[]} item carrying {@code read}. */
    static MetaWebhook read(String customer, PayloadNode item, Map<String, String> metadata) {
        PayloadNode read = item.child("read");
        String mid = read.text("mid");
        if (mid != null && !mid.isBlank()) {
            return new Receipt(customer, mid, DeliveryStatus.READ, null, null, item.epochMillis("timestamp"),
                    metadata);
        }
        return new Receipt(customer, null, DeliveryStatus.READ, null, null, watermark(read), metadata);
    }

    private static Instant watermark(PayloadNode receipt) {
        @Nullable Instant watermark = receipt.epochMillis("watermark");
        if (watermark == null) {
            throw new MalformedMetaRequest(receipt.child("watermark").path(),
                    "is required (milliseconds since the epoch)");
        }
        return watermark;
    }

    private static String midOf(PayloadNode mid) {
        if (!mid.node().isString() || mid.node().asString().isBlank()) {
            throw new MalformedMetaRequest(mid.path(), "must be a message id");
        }
        return mid.node().asString();
    }
}
