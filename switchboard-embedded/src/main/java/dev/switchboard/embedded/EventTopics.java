package dev.switchboard.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/**
 * Switchboard's topics through plain Kafka clients, the way another service or a subscribing system uses them: an
 * event written as its producer writes it (key, CloudEvents headers, JSON), and committed records read back with
 * their headers and decoded. The one place tests and the {@code tail} tool do this, so none of them re-derives it.
 */
public final class EventTopics {

    private EventTopics() {
    }

    /** One committed record, as a subscriber sees it. */
    public record Entry(String topic, int partition, long offset, String key, Map<String, byte[]> headers,
            byte[] value) {

        /** The {@code ce_type} header, or {@code (none)}. */
        public String ceType() {
            return CloudEventHeaders.typeIn(headers).orElse("(none)");
        }

        /** A header as the raw UTF-8 text a non-Java CloudEvents consumer reads. */
        public @Nullable String header(String name) {
            byte[] value = headers.get(name);
            return value == null ? null : new String(value, UTF_8);
        }

        /** Every header as text. */
        public Map<String, String> textHeaders() {
            Map<String, String> text = new HashMap<>();
            headers.forEach((name, value) -> text.put(name, new String(value, UTF_8)));
            return text;
        }

        public String json() {
            return new String(value, UTF_8);
        }

        /** The event, decoded by its {@code ce_type}. */
        public SwitchboardEvent event() {
            return EventCodec.decode(headers, value);
        }
    }

    /** The record {@code event}'s producer writes: on its catalogue topic, keyed by its partition key. */
    public static ProducerRecord<byte[], byte[]> recordOf(SwitchboardEvent event, String source) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topic.of(event).topicName(),
                event.partitionKey().getBytes(UTF_8), EventCodec.encode(event));
        CloudEventHeaders.of(event, source).forEach(record.headers()::add);
        return record;
    }

    /** Publishes the events in order and returns once the broker acknowledged each ({@code acks=all}). */
    public static void publish(String bootstrapServers, String source, SwitchboardEvent... events) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (SwitchboardEvent event : events) {
                producer.send(recordOf(event, source)).get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    public static Entry entryOf(ConsumerRecord<byte[], byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        String key = record.key() == null ? "" : new String(record.key(), UTF_8);
        return new Entry(record.topic(), record.partition(), record.offset(), key, headers, record.value());
    }

    /**
     * Reads the committed records of {@code topics} (all catalogue topics when empty) from the beginning, handing each
     * to {@code sink}, until {@code stop} holds (asked between polls) or {@code timeout} passes.
     */
    public static void read(String bootstrapServers, List<String> topics, Consumer<Entry> sink, BooleanSupplier stop,
            Duration timeout) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "switchboard-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics.isEmpty()
                    ? Arrays.stream(Topic.values()).map(Topic::topicName).toList()
                    : topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> sink.accept(entryOf(record)));
            }
        }
    }
}
