package dev.switchboard.ingest.meta;

import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.ingest.meta.MetaWebhook.Ignored;
import dev.switchboard.ingest.meta.MetaWebhook.Kind;
import dev.switchboard.ingest.meta.MetaWebhook.Receipt;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * WhatsApp's {@code statuses[]}: how far one of our outbound messages got, for the customer in {@code recipient_id};
 * a failure carries Meta's error code and title. Statuses that say nothing an agent needs are dropped.
 */
final class WhatsAppStatuses {

    private WhatsAppStatuses() {
    }

    static MetaWebhook read(PayloadNode status, Map<String, String> metadata) {
        Optional<DeliveryStatus> delivery = delivery(status.text("status"));
        if (delivery.isEmpty()) {
            return new Ignored(Kind.UNSUPPORTED);
        }
        String wamid = status.requiredText("id");
        String recipient = status.requiredText("recipient_id");
        Optional<PayloadNode> error = delivery.get() == DeliveryStatus.FAILED
                ? status.elements("errors").stream().findFirst() : Optional.empty();
        return new Receipt(recipient, wamid, delivery.get(), error.map(e -> e.text("code")).orElse(null),
                error.map(e -> e.text("title")).orElse(null), status.epochSeconds("timestamp"), metadata);
    }

    private static Optional<DeliveryStatus> delivery(@Nullable String status) {
        return Optional.ofNullable(switch (Objects.requireNonNullElse(status, "").toLowerCase(Locale.ROOT)) {
            case "sent" -> DeliveryStatus.SENT;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "failed" -> DeliveryStatus.FAILED;
            default -> null;
        });
    }
}
