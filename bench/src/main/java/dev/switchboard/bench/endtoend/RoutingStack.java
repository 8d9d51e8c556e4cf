package dev.switchboard.bench.endtoend;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.Topic;
import dev.switchboard.routing.streams.RoutingTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The routing topology exactly as routing-service runs it (exactly-once, the same topology definition), with the
 * producer that feeds it and the consumer that reads its decisions, against one broker.
 */
final class RoutingStack implements AutoCloseable {

    private static final String SOURCE = "/switchboard/bench";

    private final String bootstrapServers;
    private final KafkaStreams streams;
    private final KafkaProducer<String, byte[]> producer;

    private RoutingStack(String bootstrapServers, KafkaStreams streams, KafkaProducer<String, byte[]> producer) {
        this.bootstrapServers = bootstrapServers;
        this.streams = streams;
        this.producer = producer;
    }

    static RoutingStack start(String bootstrapServers, Path stateDir, LoadSettings settings)
            throws InterruptedException {
        StreamsBuilder builder = new StreamsBuilder();
        RoutingTopology.define(builder, RoutingTopology.Settings.defaults());
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "routing-bench-" + UUID.randomUUID());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitIntervalMs());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.streamThreads());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        KafkaStreams streams = new KafkaStreams(builder.build(), config);
        streams.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (streams.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException("routing topology not running: " + streams.state());
        }
        return new RoutingStack(bootstrapServers, streams, new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 1, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer()));
    }

    /** Sends a routing input as conversation-service does: a CloudEvent keyed by workspace. */
    void send(RoutingInput input) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(input, SOURCE).forEach(headers::add);
        producer.send(new ProducerRecord<>(Topic.ROUTING_INPUTS.topicName(), null, input.partitionKey(),
                EventCodec.encode(input), headers));
    }

    /** A reader of every decision from now on, read_committed, releasing each assignment through {@code release}. */
    Answers answers(Consumer<ConversationRouted> release) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                new StringDeserializer(), new ByteArrayDeserializer());
        Topic decisions = Topic.CONVERSATION_ASSIGNMENTS;
        List<TopicPartition> partitions = IntStream.range(0, decisions.partitions())
                .mapToObj(p -> new TopicPartition(decisions.topicName(), p)).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new Answers(consumer, release);
    }

    /** The stream thread's own timings (Kafka Streams metrics): where a request's time goes inside routing. */
    String threadTimings() {
        StringBuilder timings = new StringBuilder();
        streams.metrics().forEach((name, metric) -> {
            if (name.group().equals("stream-thread-metrics") && List.of("commit-latency-avg", "commit-latency-max",
                    "process-latency-avg", "poll-latency-avg", "commit-rate", "process-rate").contains(name.name())) {
                timings.append(String.format(" %s=%.1f", name.name(), ((Number) metric.metricValue()).doubleValue()));
            }
        });
        return timings.toString().trim();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        streams.close(Duration.ofSeconds(10));
    }
}
