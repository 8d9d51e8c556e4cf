package dev.switchboard.conversation.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.CorrelationScope;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Publishes this service's events as CloudEvents (binary mode) on their catalogue topic, keyed by
 * {@code partitionKey()}. Sends are synchronous (see application.yml), so a failed send throws to the caller: the
 * {@link OutboxRelay} then keeps the event for its next attempt, and a request that only asks routing answers an
 * error instead of claiming success. Once Kafka has an event, it is also published in-process (a Spring application
 * event), so that features can react to what this service did without being wired into each place that does it
 * (business hours' auto-replies, conversation metrics). A listener's failure throws to the caller too: the relay
 * keeps that event and publishes it again, to Kafka and to the listeners, under the same id; listeners are idempotent.
 */
@Component
public class EventPublisher {

    static final String SOURCE = "/switchboard/conversation-service";

    private final StreamBridge bridge;
    private final ApplicationEventPublisher listeners;

    EventPublisher(StreamBridge bridge, ApplicationEventPublisher listeners) {
        this.bridge = bridge;
        this.listeners = listeners;
    }

    /** Publishes with the correlation id of the work in progress, if any. */
    public void publish(SwitchboardEvent event) {
        publish(event, CorrelationScope.current());
    }

    /** Publishes with the given correlation id: the one of the request or record that caused the event. */
    public void publish(SwitchboardEvent event, @Nullable String correlationId) {
        Message<byte[]> message = MessageBuilder.withPayload(EventCodec.encode(event))
                .copyHeaders(CloudEventHeaders.of(event, SOURCE, correlationId))
                .setHeader(KafkaHeaders.KEY, event.partitionKey().getBytes(StandardCharsets.UTF_8))
                .build();
        String binding = bindingFor(Topic.of(event));
        if (!bridge.send(binding, message)) {
            throw new IllegalStateException("binding " + binding + " did not accept event " + event.eventId());
        }
        listeners.publishEvent(event);
    }

    private static String bindingFor(Topic topic) {
        return switch (topic) {
            case CONVERSATION_EVENTS -> "conversationEvents-out-0";
            case ROUTING_INPUTS -> "routingInputs-out-0";
            case OUTBOUND_WEBCHAT, OUTBOUND_SMS, OUTBOUND_WHATSAPP, OUTBOUND_MESSENGER, OUTBOUND_INSTAGRAM,
                    OUTBOUND_EMAIL -> topic.topicName(); // bound on first use, with the default producer settings
            default -> throw new IllegalArgumentException("conversation-service does not publish on "
                    + topic.topicName());
        };
    }
}
