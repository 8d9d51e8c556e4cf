package dev.switchboard.notify;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain Kafka clients, as the other services and subscribers use the topics: no Spring in between. */
final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Publishes like a Switchboard producer: key = partition key, CloudEvents headers as raw bytes. */
    static void publish(SwitchboardEvent event) {
        EventTopics.publish(SharedInfrastructure.kafkaBootstrapServers(), "/switchboard/test", event);
    }

    /** The delivery outcome published for a message, read committed, within 60 s. */
    static DeliveryEvent deliveryOf(String messageId) {
        List<DeliveryEvent> found = new ArrayList<>();
        EventTopics.read(SharedInfrastructure.kafkaBootstrapServers(), List.of(Topic.DELIVERY_EVENTS.topicName()),
                entry -> {
                    if (entry.event() instanceof DeliveryEvent event && messageIdOf(event).equals(messageId)) {
                        found.add(event);
                    }
                }, () -> !found.isEmpty(), Duration.ofSeconds(60));
        if (found.isEmpty()) {
            throw new AssertionError("no delivery event for message " + messageId + " within 60 s");
        }
        return found.get(0);
    }

    private static String messageIdOf(DeliveryEvent event) {
        if (event instanceof MessageDelivered delivered) {
            return delivered.messageId();
        }
        return ((DeliveryFailed) event).messageId();
    }
}
