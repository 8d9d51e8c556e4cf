package dev.switchboard.notify.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.CorrelationScope;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.notify.NotifyApplication;
import java.nio.charset.StandardCharsets;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Sends an event the way every Switchboard producer writes it: JSON, CloudEvents headers as bytes, its key. */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    /** Hands the event to Kafka through a synchronous binding; a send Kafka did not take is an exception. */
    public static void send(StreamBridge bridge, String bindingOrTopic, SwitchboardEvent event) {
        Message<byte[]> message = MessageBuilder.withPayload(EventCodec.encode(event))
                .copyHeaders(CloudEventHeaders.of(event, NotifyApplication.EVENT_SOURCE, CorrelationScope.current()))
                .setHeader(KafkaHeaders.KEY, event.partitionKey().getBytes(StandardCharsets.UTF_8))
                .build();
        if (!bridge.send(bindingOrTopic, message)) {
            throw new IllegalStateException("event " + event.eventId() + " was not handed to Kafka");
        }
    }
}
