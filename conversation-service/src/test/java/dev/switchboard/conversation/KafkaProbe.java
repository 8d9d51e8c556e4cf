package dev.switchboard.conversation;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;

/**
 * The test's view of Kafka, with plain clients: sends events as another service would (CloudEvents headers, byte[]
 * values, the event's key) and reads what conversation-service published, from the beginning of each topic.
 */
final class KafkaProbe implements AutoCloseable {

    private static final List<Topic> WATCHED = List.of(Topic.CONVERSATION_EVENTS, Topic.ROUTING_INPUTS,
            Topic.OUTBOUND_WEBCHAT);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final List<Received<SwitchboardEvent>> seen = new ArrayList<>();

    KafkaProbe(String bootstrapServers) {
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = WATCHED.stream()
                .flatMap(topic -> consumer.partitionsFor(topic.topicName()).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends the event to its catalogue topic and waits for the broker's acknowledgement. */
    void send(SwitchboardEvent event) {
        try {
            producer.send(EventTopics.recordOf(event, "/switchboard/test")).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    /** Waits (up to 60 s) for the first published event of {@code type} that matches. */
    <T extends SwitchboardEvent> Received<T> await(Class<T> type, Predicate<T> match) {
        return awaitCount(type, match, 1).get(0);
    }

    /** Waits (up to 60 s) until at least {@code count} published events of {@code type} match; answers them all. */
    <T extends SwitchboardEvent> List<Received<T>> awaitCount(Class<T> type, Predicate<T> match, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    poll();
                    return matching(type, match).size() >= count;
                });
        return matching(type, match);
    }

    /** What has been read so far (no waiting). */
    <T extends SwitchboardEvent> List<Received<T>> matching(Class<T> type, Predicate<T> match) {
        return seen.stream().filter(received -> type.isInstance(received.event()))
                .map(received -> received.as(type))
                .filter(received -> match.test(received.event()))
                .toList();
    }

    private void poll() {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            EventTopics.Entry entry = EventTopics.entryOf(record);
            if (EventTypes.classOf(entry.ceType()).isPresent()) {
                seen.add(new Received<>(entry.topic(), entry.key(), entry.header(CloudEventHeaders.ID),
                        entry.ceType(), entry.header(CloudEventHeaders.SOURCE), entry.event()));
            }
        }
    }

    @Override
    public void close() {
        Stream.<AutoCloseable>of(consumer::close, producer::close).forEach(closeable -> {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** One published record: where it went, its key and CloudEvents attributes, and the decoded event. */
    record Received<T extends SwitchboardEvent>(String topic, String key, String ceId, String ceType, String ceSource,
            T event) {

        <U extends SwitchboardEvent> Received<U> as(Class<U> type) {
            return new Received<>(topic, key, ceId, ceType, ceSource, type.cast(event));
        }
    }
}
