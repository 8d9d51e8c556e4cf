package dev.switchboard.notify.messaging;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.CorrelationScope;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.delivery.DeliveryNotices;
import dev.switchboard.notify.delivery.ReplyDelivery;
import dev.switchboard.notify.delivery.receipt.ProviderReceipts;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * What every {@code outbound-<channel>} binding does with a record: deliver the reply and publish its outcome. A
 * record that is not a reply is skipped; a failure of our own (the log, Kafka) propagates, so the binder tries the
 * record again and the delivery log turns the repeat into "already delivered" instead of a second send.
 */
@Component
class OutboundReplies implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(OutboundReplies.class);

    private final ReplyDelivery delivery;
    private final DeliveryPublisher publisher;
    private final DeliveryNotices notices;
    private final ProviderReceipts receipts;

    OutboundReplies(ReplyDelivery delivery, DeliveryPublisher publisher, ProviderReceipts receipts) {
        this.delivery = delivery;
        this.publisher = publisher;
        this.receipts = receipts;
        this.notices = this::publishNotice;
    }

    @Override
    public void accept(Message<byte[]> message) {
        CorrelationScope.within(message.getHeaders(), () -> IncomingEvent.decode(message, AgentReplied.class)
                .map(reply -> delivery.deliver(reply, notices))
                .ifPresent(this::publish));
    }

    /** The outcome, then any receipt that came before the log recorded the send (the rare early callback). */
    private void publish(DeliveryEvent outcome) {
        publisher.publish(outcome);
        if (outcome instanceof MessageDelivered) {
            receipts.sendRecorded(outcome.messageId(), publisher::publish);
        }
    }

    private void publishNotice(DeliveryFailed notice) {
        try {
            publisher.publish(notice);
        } catch (RuntimeException e) {
            log.warn("could not publish that message {} is being retried: {}", notice.messageId(), e.toString());
        }
    }
}
