package dev.switchboard.notify;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.AgentConnectionsReported;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Plain Kafka clients, as the other services and subscribers use the topics: no Spring in between. */
final class KafkaTestClient {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private KafkaTestClient() {
    }

    /** Publishes like a Switchboard producer: key = partition key, CloudEvents headers as raw bytes. */
    static void publish(SwitchboardEvent event) {
        EventTopics.publish(SharedInfrastructure.kafkaBootstrapServers(), "/switchboard/test", event);
    }

    /** The first delivery event published for a message, read committed, within 60 s. */
    static DeliveryEvent deliveryOf(String messageId) {
        return outcomeOf(messageId, event -> true);
    }

    /** The final outcome for a message: delivered, or failed for good (not a "retrying" notice). */
    static DeliveryEvent finalOutcomeOf(String messageId) {
        return outcomeOf(messageId, event -> !(event instanceof DeliveryFailed failed)
                || failed.permanent() || !failed.reason().endsWith("; retrying"));
    }

    /** The first delivery event for a message that matches, within 60 s. */
    static DeliveryEvent outcomeOf(String messageId, Predicate<DeliveryEvent> wanted) {
        List<DeliveryEvent> found = eventsFor(messageId, wanted, 1);
        if (found.isEmpty()) {
            throw new AssertionError("no matching delivery event for message " + messageId + " within " + WAIT);
        }
        return found.get(0);
    }

    /** The delivery events for a message that match, once there are at least {@code count} (or 60 s passed). */
    static List<DeliveryEvent> eventsFor(String messageId, Predicate<DeliveryEvent> wanted, int count) {
        List<DeliveryEvent> found = new ArrayList<>();
        EventTopics.read(SharedInfrastructure.kafkaBootstrapServers(), List.of(Topic.DELIVERY_EVENTS.topicName()),
                entry -> {
                    if (entry.event() instanceof DeliveryEvent event && event.messageId().equals(messageId)
                            && wanted.test(event)) {
                        found.add(event);
                    }
                }, () -> found.size() >= count, WAIT);
        return found;
    }

    /** The connection reports for an agent on {@code notify-events}, oldest first, once {@code enough} holds (or 60 s). */
    static List<AgentConnectionsReported> reportsUntil(String workspaceId, String agentId,
            Predicate<List<AgentConnectionsReported>> enough) {
        List<AgentConnectionsReported> found = new ArrayList<>();
        EventTopics.read(SharedInfrastructure.kafkaBootstrapServers(), List.of(Topic.NOTIFY_EVENTS.topicName()),
                entry -> {
                    if (entry.event() instanceof AgentConnectionsReported report
                            && report.workspaceId().equals(workspaceId) && report.agentId().equals(agentId)) {
                        found.add(report);
                    }
                }, () -> enough.test(found), WAIT);
        return found;
    }

    /** Every connection report for an agent on {@code notify-events} so far, up to the topic's current end. */
    static List<AgentConnectionsReported> reportsSoFar(String workspaceId, String agentId) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers(), ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<AgentConnectionsReported> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topic.NOTIFY_EVENTS.topicName()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (EventTopics.entryOf(record).event() instanceof AgentConnectionsReported report
                            && report.workspaceId().equals(workspaceId) && report.agentId().equals(agentId)) {
                        found.add(report);
                    }
                });
            }
        }
        return found;
    }

    /** Every delivery event of a conversation, in order, up to the first that matches {@code last} (or 60 s passed). */
    static List<DeliveryEvent> conversationUntil(String conversationId, Predicate<DeliveryEvent> last) {
        List<DeliveryEvent> found = new ArrayList<>();
        EventTopics.read(SharedInfrastructure.kafkaBootstrapServers(), List.of(Topic.DELIVERY_EVENTS.topicName()),
                entry -> {
                    if (entry.event() instanceof DeliveryEvent event && event.conversationId().equals(conversationId)
                            && found.stream().noneMatch(last)) {
                        found.add(event);
                    }
                }, () -> found.stream().anyMatch(last), WAIT);
        return found;
    }
}
