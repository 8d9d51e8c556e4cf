package dev.switchboard.notify.deadletter;

import dev.switchboard.events.Channel;
import dev.switchboard.notify.delivery.log.DeliveryRecord;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parked reply as an operator sees it: whose, where to, why it stopped, and every try made.
 *
 * @param state {@code DEAD}, {@code REPLAYING} (replay asked for, not yet picked up) or {@code CLAIMED} (its
 *     sender stopped mid-send and nothing will retry it without a replay)
 * @param generation how many times it has been replayed
 */
record DeadLetterView(String messageId, String conversationId, String inboxId, Channel channel, String recipient,
        String state, @Nullable String reason, @Nullable String errorCode, int attempts, int generation,
        @Nullable Instant lastActivityAt, List<Try> tries) {

    /** One try, as the delivery log has it. */
    record Try(Instant at, int latencyMs, String outcome, @Nullable Integer status, @Nullable String code,
            @Nullable String detail) {

        static Try of(ProviderAttempt attempt) {
            return new Try(attempt.at(), (int) attempt.latency().toMillis(), attempt.outcome().name(),
                    attempt.status(), attempt.code(), attempt.detail());
        }
    }

    static DeadLetterView of(DeliveryRecord record) {
        return new DeadLetterView(record.messageId(), record.reply().conversationId(), record.reply().inboxId(),
                record.reply().channel(), record.reply().recipient(), record.state().name(), record.reason(),
                record.errorCode(), record.attemptCount(), record.generation(),
                record.finishedAt() != null ? record.finishedAt() : record.claimedAt(),
                record.attempts().stream().map(Try::of).toList());
    }
}
