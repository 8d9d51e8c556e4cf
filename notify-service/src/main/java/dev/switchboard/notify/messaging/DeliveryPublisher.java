package dev.switchboard.notify.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventTypes;
import dev.switchboard.notify.NotifyApplication;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
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
        Message<byte[]> message = MessageBuilder.withPayload(EventCodec.encode(event))
                .copyHeaders(CloudEventHeaders.of(event, NotifyApplication.EVENT_SOURCE))
                .setHeader(KafkaHeaders.KEY, event.partitionKey().getBytes(StandardCharsets.UTF_8))
                .build();
        if (!bridge.send(BINDING, message)) {
            throw new IllegalStateException("delivery event " + event.eventId() + " was not handed to Kafka");
        }
        log.info("published {} for conversation {}", EventTypes.typeOf(event.getClass()), event.conversationId());
    }
}
