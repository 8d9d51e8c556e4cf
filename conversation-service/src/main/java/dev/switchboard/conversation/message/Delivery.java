package dev.switchboard.conversation.message;

import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusChanged;
import dev.switchboard.events.MessageDelivered;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * How far a reply got, as notify-service told {@code delivery-events}; it only moves forward. {@code progress} orders
 * the states: 0 while our sending fails (retrying, or parked until an operator replays it), then the provider's own
 * order (SENT 1, DELIVERED or FAILED 2, READ 3). Among failures of our sending, the later one stands.
 *
 * @param permanent a failure nobody retries: parked by notify, or the provider could not deliver what it accepted
 */
public record Delivery(DeliveryStatus status, int progress, @Nullable String providerMessageId,
        @Nullable String reason, boolean permanent, Instant updatedAt) {

    /** Our sending has not succeeded (yet): any provider answer is further along. */
    static final int NOT_SENT = 0;

    public Delivery {
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Delivery of(DeliveryEvent event) {
        if (event instanceof MessageDelivered delivered) {
            return new Delivery(DeliveryStatus.SENT, DeliveryStatus.SENT.progress(), delivered.providerMessageId(),
                    null, false, delivered.occurredAt());
        }
        if (event instanceof DeliveryFailed failed) {
            return new Delivery(DeliveryStatus.FAILED, NOT_SENT, null, failed.reason(), failed.permanent(),
                    failed.occurredAt());
        }
        DeliveryStatusChanged changed = (DeliveryStatusChanged) event;
        boolean failed = changed.status() == DeliveryStatus.FAILED;
        return new Delivery(changed.status(), changed.status().progress(), changed.providerMessageId(),
                failed ? providerReason(changed) : null, failed, changed.occurredAt());
    }

    private static String providerReason(DeliveryStatusChanged failed) {
        String words = failed.errorMessage() == null ? "the provider could not deliver it" : failed.errorMessage();
        return failed.errorCode() == null ? words : words + " (provider error " + failed.errorCode() + ")";
    }
}
