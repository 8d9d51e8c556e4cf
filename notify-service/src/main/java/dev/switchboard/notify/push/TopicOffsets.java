package dev.switchboard.notify.push;

import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The committed first and next offsets of every {@code conversation-events} partition, through one shared Admin
 * client (thread-safe, so every connecting client asks without a consumer of its own).
 */
@Component
class TopicOffsets implements DisposableBean {

    static final String TOPIC = Topic.CONVERSATION_EVENTS.topicName();
    /** Seconds to wait for the broker's answer. */
    private static final long WAIT = 5;

    private final KafkaProperties kafka;
    private @Nullable Admin admin;

    TopicOffsets(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    /** Where the next committed record of each partition will land (the last stable offset). */
    Map<TopicPartition, Long> next() {
        return offsets(OffsetSpec.latest());
    }

    /** The first record each partition still holds: before it, retention has deleted. */
    Map<TopicPartition, Long> first() {
        return offsets(OffsetSpec.earliest());
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) {
        try {
            Admin client = admin();
            int partitions = client.describeTopics(List.of(TOPIC)).allTopicNames().get(WAIT, TimeUnit.SECONDS)
                    .get(TOPIC).partitions().size();
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            IntStream.range(0, partitions).forEach(p -> wanted.put(new TopicPartition(TOPIC, p), spec));
            Map<TopicPartition, Long> offsets = new HashMap<>();
            client.listOffsets(wanted, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(WAIT, TimeUnit.SECONDS).forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("offsets of " + TOPIC + " unavailable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading offsets of " + TOPIC, e);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
            config.put("client.id", "notify-service-push-offsets");
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
