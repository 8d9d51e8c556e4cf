package dev.switchboard.notify.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.CorrelationScope;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.notify.delivery.receipt.ProviderReceipts;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * What the {@code receipts-in-0} binding (every {@code inbound-<channel>} topic) does with a record: a provider's
 * receipt for one of our replies becomes delivery state and a {@code DeliveryStatusChanged}; customers' messages are
 * conversation-service's and are passed over without a word. A failure of our own propagates, so the binder tries the
 * record again and the receipt is applied (and published) once.
 */
@Component
class ProviderReceiptRecords implements Consumer<Message<byte[]>> {

    private static final String MESSAGE_TYPE = EventTypes.typeOf(MessageReceived.class);

    private final ProviderReceipts receipts;
    private final DeliveryPublisher publisher;

    ProviderReceiptRecords(ProviderReceipts receipts, DeliveryPublisher publisher) {
        this.receipts = receipts;
        this.publisher = publisher;
    }

    @Override
    public void accept(Message<byte[]> message) {
        if (CloudEventHeaders.typeIn(message.getHeaders()).filter(MESSAGE_TYPE::equals).isPresent()) {
            return;
        }
        CorrelationScope.within(message.getHeaders(), () -> IncomingEvent.decode(message,
                DeliveryStatusReported.class).ifPresent(receipt -> receipts.receive(receipt, publisher::publish)));
    }
}
