package dev.switchboard.notify.webhook;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A delivery in an endpoint's log.
 *
 * @param id the webhook id the receiver saw ({@code webhook-id}, the CloudEvent's id)
 * @param state {@code PENDING}, {@code CLAIMED} (an attempt is under way), {@code SUCCEEDED} or {@code FAILED}
 * @param attemptCount attempts since it was accepted or last replayed
 * @param nextAttemptAt when the next attempt is due, while it is pending
 */
record DeliveryView(String id, String eventType, String state, int attemptCount, @Nullable Instant nextAttemptAt,
        @Nullable String lastError, Instant createdAt, @Nullable Instant finishedAt,
        List<WebhookDelivery.Attempt> attempts) {

    static DeliveryView of(WebhookDelivery delivery) {
        return new DeliveryView(delivery.eventId().toString(), delivery.eventType(), delivery.state().name(),
                delivery.attemptCount(), delivery.state() == WebhookDelivery.State.PENDING
                        ? delivery.nextAttemptAt() : null, delivery.lastError(), delivery.createdAt(),
                delivery.finishedAt(), delivery.attempts());
    }

    /** One page of the log, newest first; {@code nextCursor} fetches the next ({@code null} on the last page). */
    record Page(List<DeliveryView> deliveries, @Nullable String nextCursor) {
    }
}
