package dev.switchboard.routing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RoutingDecision;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * Guarantee 4 against the real broker: two routing instances share the work; one is killed mid-stream (SIGKILL,
 * nothing closed); the survivor takes over its workspaces from the changelog. The full output stream must be exactly
 * what one uninterrupted instance decides: nothing lost, nothing decided twice, and guarantees 1-3 hold on it.
 */
class RoutingFailoverIntegrationTest {

    private static final int INPUT_PARTITIONS = 3;

    @Test
    void aKilledInstancesWorkspacesMoveWithTheirStateAndNothingIsDecidedTwiceOrLost() throws Exception {
        // Given fresh topics, two instances of one application, and a scripted stream for six workspaces
        String run = UUID.randomUUID().toString().substring(0, 8);
        String inputs = "routing-inputs-failover-" + run;
        String decisions = "conversation-assignments-failover-" + run;
        SharedInfrastructure.kafka().createTopics(List.of(new NewTopic(inputs, INPUT_PARTITIONS, (short) 1),
                new NewTopic(decisions, 6, (short) 1)));
        List<String> workspaces = workspacesOnEveryPartition(run);
        FailoverScript script = new FailoverScript(42, workspaces, 40,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try (RoutingInstance first = RoutingInstance.start("first-" + run, "routing-failover-" + run, inputs,
                decisions);
                RoutingInstance second = RoutingInstance.start("second-" + run, "routing-failover-" + run, inputs,
                        decisions);
                var producer = producer()) {
            first.awaitRunning(Duration.ofSeconds(60));
            second.awaitRunning(Duration.ofSeconds(60));
            int warmUp = workspaces.size() * 3;
            publish(producer, inputs, script.inputs.subList(0, warmUp));

            // ...each answering every workspace's floor, its own from its store, the other's by asking the owner
            Set<String> answeredBy = new HashSet<>();
            for (String workspaceId : workspaces) {
                answeredBy.add(awaitFloor(first, workspaceId).answeredBy());
                answeredBy.add(awaitFloor(second, workspaceId).answeredBy());
            }
            assertThat(answeredBy).containsExactlyInAnyOrder(first.address(), second.address());

            // When half the stream is published, the first instance is killed while it works through it, and the
            // rest is published
            int half = script.inputs.size() / 2;
            publish(producer, inputs, script.inputs.subList(warmUp, half));
            awaitDecisions(decisions, script.expected.size() / 4, Duration.ofSeconds(30));
            first.kill();
            publish(producer, inputs, script.inputs.subList(half, script.inputs.size()));

            // Then the output is exactly the uninterrupted decisions, each once, in order per conversation
            List<RoutingDecision> output = awaitDecisions(decisions, script.expected.size(), Duration.ofSeconds(75));
            assertThat(output).containsExactlyInAnyOrderElementsOf(script.expected);
            assertThat(perConversation(output)).isEqualTo(perConversation(script.expected));
            assertGuaranteesOnTheStream(output, script);
        }
    }

    /** 1-3 as a consumer of the stream sees them. */
    private static void assertGuaranteesOnTheStream(List<RoutingDecision> output, FailoverScript script) {
        Map<String, String> holders = new HashMap<>();
        for (RoutingDecision decision : perConversation(output).values().stream().flatMap(List::stream).toList()) {
            String holder = holders.get(decision.conversationId());
            if (decision instanceof ConversationRouted routed) {
                assertThat(holder == null || holder.equals(routed.previousAgentId()))
                        .as("1: %s routed to %s while %s held it", routed.conversationId(), routed.agentId(), holder)
                        .isTrue();
                assertThat(routed.override() || routed.agentLoad() <= routed.agentCapacity())
                        .as("2: %s within capacity", routed).isTrue();
                holders.put(routed.conversationId(), routed.agentId());
            } else if (decision instanceof ConversationUnassigned unassigned) {
                holders.remove(unassigned.conversationId());
            }
        }
        script.inputs.stream().map(FailoverScript.Timed::input).filter(ConversationWaiting.class::isInstance)
                .forEach(waiting -> assertThat(output).as("3: %s answered once", waiting)
                        .filteredOn(decision -> waiting.eventId().equals(decision.requestId())).hasSize(1));
    }

    private static Map<String, List<RoutingDecision>> perConversation(List<RoutingDecision> decisions) {
        Map<String, List<RoutingDecision>> byConversation = new HashMap<>();
        decisions.forEach(decision -> byConversation.computeIfAbsent(decision.conversationId(),
                key -> new ArrayList<>()).add(decision));
        return byConversation;
    }

    /** Two workspaces on each input partition, so both instances own some and the killed one is mid-work. */
    private static List<String> workspacesOnEveryPartition(String run) {
        Map<Integer, List<String>> byPartition = new HashMap<>();
        IntStream.iterate(0, n -> n + 1).mapToObj(n -> "failover-" + run + "-" + n)
                .filter(workspaceId -> byPartition.computeIfAbsent(partitionOf(workspaceId),
                        partition -> new ArrayList<>()).size() < 2
                        && byPartition.get(partitionOf(workspaceId)).add(workspaceId))
                .limit(2L * INPUT_PARTITIONS).forEach(workspaceId -> { });
        return byPartition.values().stream().flatMap(List::stream).toList();
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(UTF_8))) % INPUT_PARTITIONS;
    }

    private static RoutingInstance.Answer awaitFloor(RoutingInstance instance, String workspaceId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        RoutingInstance.Answer answer;
        do {
            answer = instance.get("/api/v1/routing/" + workspaceId + "/floor", AgentTokens.supervisor(workspaceId));
            if (answer.status() == 200) {
                return answer;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no floor for " + workspaceId + ": " + answer);
    }

    private static List<RoutingDecision> awaitDecisions(String topic, int count, Duration timeout) {
        List<RoutingDecision> read = new ArrayList<>();
        long[] enoughSince = {0};
        EventTopics.read(SharedInfrastructure.kafkaBootstrapServers(), List.of(topic),
                entry -> read.add((RoutingDecision) entry.event()), () -> {
                    if (read.size() >= count && enoughSince[0] == 0) {
                        enoughSince[0] = System.nanoTime();
                    }
                    return enoughSince[0] != 0 && System.nanoTime() - enoughSince[0] > 2_000_000_000L;
                }, timeout);
        assertThat(read).as("decisions on %s", topic).hasSizeGreaterThanOrEqualTo(count);
        return read;
    }

    private static void publish(KafkaProducer<byte[], byte[]> producer, String topic,
            List<FailoverScript.Timed> inputs) {
        for (FailoverScript.Timed timed : inputs) {
            ProducerRecord<byte[], byte[]> record = EventTopics.recordOf(timed.input(), "/switchboard/test");
            producer.send(new ProducerRecord<>(topic, null, timed.at().toEpochMilli(), record.key(), record.value(),
                    record.headers()));
        }
        producer.flush();
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
