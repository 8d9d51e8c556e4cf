package dev.switchboard.notify.delivery.receipt;

import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusChanged;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import dev.switchboard.notify.delivery.log.DeliveryRecord;
import dev.switchboard.notify.delivery.log.DeliveryState;
import dev.switchboard.notify.delivery.log.PendingReceipts;
import dev.switchboard.notify.delivery.log.ReceiptLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns provider receipts into delivery state: notify-service alone knows which of our messages a provider id is,
 * so it relates each receipt to its reply, moves the reply forward (never back) and tells
 * {@code delivery-events} once per change. A receipt that beats our own record of the send is held until the send
 * is recorded; both sides look again after writing, so whichever comes second applies it.
 */
@Component
public class ProviderReceipts {

    /** How many replies one watermark receipt moves at most; the next watermark takes the rest. */
    static final int WATERMARK_LIMIT = 500;
    private static final Logger log = LoggerFactory.getLogger(ProviderReceipts.class);

    private final DeliveryLog deliveries;
    private final ReceiptLog receipts;
    private final PendingReceipts pending;

    ProviderReceipts(DeliveryLog deliveries, ReceiptLog receipts, PendingReceipts pending) {
        this.deliveries = deliveries;
        this.receipts = receipts;
        this.pending = pending;
    }

    /** Applies the receipt; {@code changes} gets each resulting change (and throws if it cannot publish it). */
    public void receive(DeliveryStatusReported receipt, Consumer<DeliveryStatusChanged> changes) {
        String providerId = receipt.providerMessageId();
        if (providerId == null) {
            watermark(receipt, changes);
            return;
        }
        if (receipt.status() == DeliveryStatus.SENT) {
            return; // every accepted reply stands at SENT already: MessageDelivered said so
        }
        Optional<DeliveryRecord> reply = acceptedReply(receipt, providerId);
        if (reply.isPresent()) {
            advance(reply.get(), receipt, changes);
            return;
        }
        log.info("{} receipt on inbox {} for a reply not yet recorded as accepted; held until it is",
                receipt.status(), receipt.inboxId());
        pending.hold(providerId, receipt, Instant.now());
        acceptedReply(receipt, providerId).ifPresent(recordedMeanwhile -> applyHeld(recordedMeanwhile, changes));
    }

    /** Applies the receipts held for a reply, once the log records that the provider accepted it. */
    public void sendRecorded(String messageId, Consumer<DeliveryStatusChanged> changes) {
        deliveries.find(messageId).filter(reply -> reply.state() == DeliveryState.DELIVERED)
                .ifPresent(reply -> applyHeld(reply, changes));
    }

    private void applyHeld(DeliveryRecord reply, Consumer<DeliveryStatusChanged> changes) {
        if (reply.partIds().isEmpty()) {
            return;
        }
        List<DeliveryStatusReported> held = pending.heldFor(reply.partIds()).stream()
                .sorted(Comparator.comparingInt(receipt -> receipt.status().progress())).toList();
        for (DeliveryStatusReported receipt : held) {
            advance(reply, receipt, changes);
            pending.release(Objects.requireNonNull(receipt.providerMessageId()), receipt);
        }
    }

    private void watermark(DeliveryStatusReported receipt, Consumer<DeliveryStatusChanged> changes) {
        Instant watermark = receipt.providerTimestamp();
        if (watermark == null) {
            log.warn("{} watermark receipt on inbox {} without a time; nothing to apply", receipt.status(),
                    receipt.inboxId());
            return;
        }
        receipts.acceptedBy(receipt.threadKey(), watermark, receipt.status().progress(), WATERMARK_LIMIT)
                .forEach(reply -> advance(reply, receipt, changes));
    }

    private Optional<DeliveryRecord> acceptedReply(DeliveryStatusReported receipt, String providerId) {
        return receipts.sentAs(receipt.workspaceId(), providerId)
                .filter(reply -> reply.state() == DeliveryState.DELIVERED);
    }

    /** Records the change if it is one, and publishes it unless that already happened (a receipt read again). */
    private void advance(DeliveryRecord reply, DeliveryStatusReported receipt,
            Consumer<DeliveryStatusChanged> changes) {
        DeliveryStatusChanged change = StatusChanges.of(reply, receipt);
        receipts.advance(change, Instant.now());
        if (receipts.unpublished(change)) {
            changes.accept(change);
            receipts.published(change);
            log.info("message {} is now {} (provider receipt)", change.messageId(), change.status());
        }
    }
}
