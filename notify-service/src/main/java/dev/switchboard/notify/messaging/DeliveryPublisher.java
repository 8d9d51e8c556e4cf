package dev.switchboard.notify.messaging;

import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Publishes delivery outcomes on {@code delivery-events}. The binding is synchronous, so a failed send fails the
 * outbound record being handled and the binder redelivers it instead of the outcome being lost.
 */
@Component
class DeliveryPublisher {

    static final String BINDING = "delivery-out-0";
    private static final Logger log = LoggerFactory.getLogger(DeliveryPublisher.class);

    private final StreamBridge bridge;

    DeliveryPublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    void publish(DeliveryEvent event) {
        KafkaRecords.send(bridge, BINDING, event);
        log.info("published {} for conversation {}", EventTypes.typeOf(event.getClass()), event.conversationId());
    }
}
