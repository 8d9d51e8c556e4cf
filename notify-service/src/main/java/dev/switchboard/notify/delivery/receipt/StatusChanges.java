package dev.switchboard.notify.delivery.receipt;

import dev.switchboard.events.DeliveryStatusChanged;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.notify.delivery.log.DeliveryRecord;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code DeliveryStatusChanged} a receipt makes of a reply. The id is derived from the message, the status and the
 * provider's time, and the time is the receipt's, so a receipt read again yields the very same event.
 */
final class StatusChanges {

    private StatusChanges() {
    }

    /** The change, naming the reply by the provider id it was accepted under (its first part's). */
    static DeliveryStatusChanged of(DeliveryRecord record, DeliveryStatusReported receipt) {
        var reply = record.reply();
        UUID id = UUID.nameUUIDFromBytes(("status-changed:" + reply.messageId() + ":" + receipt.status() + ":"
                + receipt.providerTimestamp()).getBytes(StandardCharsets.UTF_8));
        return new DeliveryStatusChanged(id, receipt.occurredAt(), reply.workspaceId(), reply.conversationId(),
                reply.messageId(), reply.channel(), receipt.status(), record.providerMessageId(),
                receipt.errorCode(), receipt.errorMessage(), receipt.providerTimestamp());
    }
}
