package dev.switchboard.local;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a subscribing system sees: every committed record on the catalogue's topics from the beginning, with
 * its key and CloudEvents headers. Backs {@code switchboard-local.jar tail}, so every step is visible without tools.
 */
final class TopicTail {

    /** One record as it sits on Kafka. */
    record Entry(String topic, int partition, long offset, String key, Map<String, byte[]> headers, byte[] value) {

        String ceType() {
            return CloudEventHeaders.typeIn(headers).orElse("(none)");
        }

        String json() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private TopicTail() {
    }

    /** Reads until {@code stop} says so (it is asked between polls) or {@code timeout} passes. */
    static void read(String bootstrapServers, List<String> topics, Consumer<Entry> sink, BooleanSupplier stop,
            Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "switchboard-tail-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics.isEmpty() ? Arrays.stream(Topic.values()).map(Topic::topicName).toList() : topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    sink.accept(entry(record));
                }
            }
        }
    }

    private static Entry entry(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return new Entry(record.topic(), record.partition(), record.offset(), record.key(), headers, record.value());
    }
}
