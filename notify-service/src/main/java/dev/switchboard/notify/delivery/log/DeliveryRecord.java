package dev.switchboard.notify.delivery.log;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reply's entry in the delivery log: the reply itself (so a parked one can be replayed), where it stands, and
 * every try made for it.
 *
 * @param generation 0 for the first delivery, one more for each replay
 * @param partIds the provider's id for each part sent so far (a reply with files may take several requests)
 * @param claimedAt when the current claim was taken or last renewed
 */
public record DeliveryRecord(AgentReplied reply, DeliveryState state, int generation, int attemptCount,
        List<String> partIds, @Nullable String providerMessageId, @Nullable String reason, @Nullable String errorCode,
        @Nullable Instant claimedAt, @Nullable Instant finishedAt, List<ProviderAttempt> attempts) {

    public DeliveryRecord {
        partIds = List.copyOf(partIds);
        attempts = List.copyOf(attempts);
    }

    public String messageId() {
        return reply.messageId();
    }
}
