package dev.switchboard.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event on its way to one endpoint: the body to send (signed anew per attempt), where it stands, and every attempt.
 *
 * @param id {@code endpointId:eventId}, so a Kafka record read twice is one delivery
 * @param line {@code endpointId:subject}: deliveries of one conversation to one endpoint go out in {@code seq} order
 * @param seq the order notify accepted it in; also the delivery log's order
 * @param attemptCount attempts since it was accepted or last replayed: where it stands in the schedule
 * @param nextAttemptAt when it is due ({@code PENDING}) or when its claim lapses ({@code CLAIMED})
 */
record WebhookDelivery(String id, String endpointId, UUID eventId, String eventType, String line, long seq,
        String payload, State state, int attemptCount, Instant nextAttemptAt, List<Attempt> attempts,
        @Nullable String lastError, Instant createdAt, @Nullable Instant finishedAt) {

    WebhookDelivery {
        attempts = List.copyOf(attempts);
    }

    /** Where a delivery stands; {@code SUCCEEDED} and {@code FAILED} change only by a replay. */
    enum State {
        PENDING, CLAIMED, SUCCEEDED, FAILED
    }

    /**
     * One attempt as the log keeps it.
     *
     * @param status the receiver's HTTP status; {@code null} if it did not answer (or was not asked)
     * @param error what went wrong, in our words; {@code null} on success
     */
    record Attempt(Instant at, @Nullable Integer status, long latencyMs, @Nullable String error) {
    }
}
