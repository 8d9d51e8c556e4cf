package dev.switchboard.notify.delivery.log;

import java.util.List;

/** What trying to claim a reply for sending found. */
public sealed interface Claim {

    /**
     * Ours to send: nobody else will until we settle it or our lease runs out.
     *
     * @param tookOver whether we took over the claim of a sender that stopped renewing it (it may have sent)
     */
    record Claimed(String messageId, String token, int generation, List<String> partIds, int attemptCount,
            boolean tookOver) implements Claim {

        public Claimed {
            partIds = List.copyOf(partIds);
        }
    }

    /** Already delivered, failed or parked: nothing to send, only the recorded outcome to repeat. */
    record Settled(DeliveryRecord record) implements Claim {
    }

    /** Someone else is sending it right now. */
    record Held(DeliveryRecord record) implements Claim {
    }
}
