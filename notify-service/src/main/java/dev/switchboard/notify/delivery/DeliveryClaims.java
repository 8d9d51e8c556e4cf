package dev.switchboard.notify.delivery;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.delivery.log.Claim;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Claims a reply before anything is sent. A reply another sender holds is waited for, not skipped: the record stays
 * in its partition, so later replies of the same conversation do not overtake it.
 */
@Component
class DeliveryClaims {

    private static final Logger log = LoggerFactory.getLogger(DeliveryClaims.class);

    private final DeliveryLog deliveries;
    private final DeliveryProperties properties;

    DeliveryClaims(DeliveryLog deliveries, DeliveryProperties properties) {
        this.deliveries = deliveries;
        this.properties = properties;
    }

    /** Ours to send, or already settled; waits up to two leases for another sender to finish or to die. */
    Claim acquire(AgentReplied reply) {
        long deadline = System.nanoTime() + properties.claimLease().multipliedBy(2).toNanos();
        Claim claim = deliveries.claim(reply, Instant.now(), properties.claimLease());
        while (claim instanceof Claim.Held held) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("message " + reply.messageId() + " is still held by another sender");
            }
            log.info("message {} is being delivered by another sender (claim renewed {}); waiting", reply.messageId(),
                    held.record().claimedAt());
            pause();
            claim = deliveries.claim(reply, Instant.now(), properties.claimLease());
        }
        if (claim instanceof Claim.Claimed claimed && claimed.tookOver()) {
            log.warn("took over message {}: its sender stopped renewing the claim mid-send, so the provider may "
                    + "already have it", reply.messageId());
        }
        return claim;
    }

    private void pause() {
        try {
            Thread.sleep(properties.claimPoll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a delivery claim", e);
        }
    }
}
