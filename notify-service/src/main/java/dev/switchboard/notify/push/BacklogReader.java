package dev.switchboard.notify.push;

import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import tools.jackson.core.JacksonException;

/**
 * Reads one agent's missed events back with a short-lived plain consumer (assigned, no group, committed records
 * only), from each partition's next offset up to the end captured at connect, keeping what the agent may see.
 */
final class BacklogReader {

    private static final Logger log = LoggerFactory.getLogger(BacklogReader.class);

    private final KafkaProperties kafka;
    private final Viewer viewer;
    /** Each waiting conversation's team, read once per catch-up however many of its records there are. */
    private final Audience.Teams teams;

    BacklogReader(KafkaProperties kafka, Viewer viewer, Audience.Teams teams) {
        this.kafka = kafka;
        this.viewer = viewer;
        Map<String, Optional<String>> known = new HashMap<>();
        this.teams = (workspaceId, conversationId) -> known.computeIfAbsent(conversationId,
                conversation -> Optional.ofNullable(teams.teamOf(workspaceId, conversation))).orElse(null);
    }

    /** The agent's events in {@code [next, end)} per partition, in each partition's order; empty past the deadline. */
    Optional<List<PositionedEvent>> read(Map<TopicPartition, Long> next, Map<TopicPartition, Long> end,
            long deadlineNanos) {
        Set<TopicPartition> remaining = new HashSet<>(next.keySet());
        remaining.removeIf(partition -> next.get(partition) >= end.get(partition));
        List<PositionedEvent> events = new ArrayList<>();
        if (remaining.isEmpty()) {
            return Optional.of(events);
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config())) {
            consumer.assign(remaining);
            remaining.forEach(partition -> consumer.seek(partition, next.get(partition)));
            while (!remaining.isEmpty()) {
                if (System.nanoTime() > deadlineNanos) {
                    return Optional.empty();
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        visible(record).ifPresent(events::add);
                    }
                }
                remaining.removeIf(partition -> consumer.position(partition) >= end.get(partition));
            }
        }
        return Optional.of(events);
    }

    private Optional<PositionedEvent> visible(ConsumerRecord<byte[], byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        try {
            SwitchboardEvent event = EventCodec.decode(headers, record.value());
            if (event instanceof ConversationEvent conversationEvent
                    && conversationEvent.workspaceId().equals(viewer.workspaceId())
                    && viewer.mayReceive(Audience.of(conversationEvent, teams))) {
                return Optional.of(new PositionedEvent(conversationEvent,
                        new Position(record.partition(), record.offset())));
            }
        } catch (IllegalArgumentException | JacksonException e) {
            log.debug("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.toString());
        }
        return Optional.empty();
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }
}
