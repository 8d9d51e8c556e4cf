package dev.switchboard.notify;

import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain Kafka clients, as the other services and subscribers use the topics: no Spring in between. */
final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Publishes like a Switchboard producer: key = partition key, CloudEvents headers as raw bytes. */
    static void publish(SwitchboardEvent event) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(Topic.of(event).topicName(),
                    event.partitionKey().getBytes(StandardCharsets.UTF_8), EventCodec.encode(event));
            CloudEventHeaders.of(event, "/switchboard/test").forEach(record.headers()::add);
            producer.send(record).get(60, TimeUnit.SECONDS);
        }
    }

    /** The delivery outcome published for a message, read committed, within 60 s. */
    static DeliveryEvent deliveryOf(String messageId) {
        try (var consumer = new KafkaConsumer<>(deliveryConsumerConfig(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topic.DELIVERY_EVENTS.topicName()));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Optional<DeliveryEvent> event = decode(record).filter(e -> messageIdOf(e).equals(messageId));
                    if (event.isPresent()) {
                        return event.get();
                    }
                }
            }
        }
        throw new AssertionError("no delivery event for message " + messageId + " within 60 s");
    }

    private static Map<String, Object> deliveryConsumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "notify-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    private static Optional<DeliveryEvent> decode(ConsumerRecord<byte[], byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return Optional.of(EventCodec.decode(headers, record.value()))
                .filter(DeliveryEvent.class::isInstance).map(DeliveryEvent.class::cast);
    }

    private static String messageIdOf(DeliveryEvent event) {
        if (event instanceof MessageDelivered delivered) {
            return delivered.messageId();
        }
        return ((DeliveryFailed) event).messageId();
    }
}
