package dev.switchboard.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads every {@code inbound-<channel>} topic as any downstream consumer would: committed records only, from the start. */
public final class InboundTopic {

    private static final List<String> INBOUND_TOPICS = Topic.inboundTopics().stream().map(Topic::topicName).toList();

    private InboundTopic() {
    }

    /** Every record carrying {@code messageId}, waiting up to 60 s for at least {@code count} of them. */
    public static List<ConsumerRecord<byte[], byte[]>> awaitRecords(String bootstrapServers, String messageId, int count) {
        List<ConsumerRecord<byte[], byte[]>> matching = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers))) {
            consumer.subscribe(INBOUND_TOPICS);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (decode(record) instanceof MessageReceived event && event.messageId().equals(messageId)) {
                        matching.add(record);
                    }
                }
                return matching.size() >= count;
            });
        }
        return matching;
    }

    /**
     * Every event on the topic up to and including the first that {@code marker} accepts, and then everything else
     * already on the topic at that moment (to the end offsets of every partition), waiting up to 60 s. Publishing is
     * synchronous, so anything a request published before the marker's request was answered is in the result: a
     * bounded way to show that a refused request published nothing.
     */
    public static List<InboundEvent> eventsThrough(String bootstrapServers, Predicate<InboundEvent> marker) {
        List<InboundEvent> events = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers))) {
            consumer.subscribe(INBOUND_TOPICS);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                pollInto(consumer, events);
                return events.stream().anyMatch(marker);
            });
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                pollInto(consumer, events);
                return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
            });
        }
        return events;
    }

    private static void pollInto(KafkaConsumer<byte[], byte[]> consumer, List<InboundEvent> events) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            events.add(decode(record));
        }
    }

    /** The inbound event a record carries, read by its CloudEvents type as a consumer reads it. */
    public static InboundEvent decode(ConsumerRecord<byte[], byte[]> record) {
        return (InboundEvent) EventTopics.entryOf(record).event();
    }

    /** The record's headers as raw UTF-8 strings, the way a non-Java CloudEvents consumer reads them. */
    public static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        return EventTopics.entryOf(record).textHeaders();
    }

    /** The record is {@code event} as the catalogue says it travels: keyed by its thread, a binary-mode CloudEvent. */
    public static void assertCarries(ConsumerRecord<byte[], byte[]> record, MessageReceived event) {
        assertThat(new String(record.key(), UTF_8)).isEqualTo(event.threadKey());
        assertThat(headers(record))
                .containsEntry("ce_id", event.eventId().toString())
                .containsEntry("ce_type", "dev.switchboard.message.received.v1")
                .containsEntry("ce_source", "/switchboard/ingest-service")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_subject", event.threadKey())
                .containsEntry("content-type", "application/json")
                .containsKey("ce_time");
    }

    public static Map<String, byte[]> rawHeaders(ConsumerRecord<byte[], byte[]> record) {
        return EventTopics.entryOf(record).headers();
    }

    private static Map<String, Object> consumerConfig(String bootstrapServers) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }
}
