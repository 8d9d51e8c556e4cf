package dev.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutingApplicationIntegrationTest {

    private static final String WORKSPACE = "it-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    KafkaStreamsConfiguration streamsConfiguration;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.streams.replication-factor", () -> 1);
        registry.add("spring.kafka.streams.state-dir",
                Files.createTempDirectory("routing-service-state")::toString);
    }

    @Test
    void theStreamsRunExactlyOnceUnderTheServiceName() {
        // Given the running application
        // When its Kafka Streams settings are read
        Properties properties = streamsConfiguration.asProperties();

        // Then decision, state and output commit together, under the routing-service application id
        assertThat(properties).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "routing-service");
    }

    @Test
    void aConversationWaitingForAnOnlineAgentIsRoutedOnTheRealBroker() {
        // Given alice is online in a fresh workspace
        String conversationId = "conv-" + UUID.randomUUID();
        publish(new AgentPresenceChanged(UUID.randomUUID(), Instant.now(), WORKSPACE, "alice", Presence.ONLINE, 6));

        // When a conversation waits
        publish(new ConversationWaiting(UUID.randomUUID(), Instant.now(), WORKSPACE, conversationId, "demo-webchat",
                Channel.WEBCHAT, Priority.NORMAL));

        // Then a committed ConversationRouted to alice appears on conversation-assignments, keyed by the conversation
        List<SwitchboardEvent> decisions = awaitDecisionsAbout(conversationId);
        assertThat(decisions).singleElement().isInstanceOfSatisfying(ConversationRouted.class, routed -> {
            assertThat(routed.agentId()).isEqualTo("alice");
            assertThat(routed.agentLoad()).isEqualTo(1);
        });
        // ...and the floor view and health report it
        RestClient http = RestClient.create("http://localhost:" + port);
        assertThat(http.get().uri("/api/v1/routing/workspaces/{id}", WORKSPACE).retrieve().body(String.class))
                .contains("\"agentId\":\"alice\"").contains("\"load\":1").contains("\"queueLength\":0");
        assertThat(http.get().uri("/actuator/health").retrieve().body(String.class)).contains("\"UP\"");
    }

    @Test
    void anUnknownWorkspaceIsAProblemDetailNotFound() {
        // Given a workspace routing never heard of
        RestClient http = RestClient.create("http://localhost:" + port);

        // When its floor view is asked for, once the streams are running
        // Then the answer is 404 with a stable problem type
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThatThrownBy(
                () -> http.get().uri("/api/v1/routing/workspaces/{id}", "never-seen").retrieve().body(String.class))
                .isInstanceOfSatisfying(HttpClientErrorException.NotFound.class,
                        notFound -> assertThat(notFound.getResponseBodyAsString())
                                .contains("https://switchboard.dev/problems/workspace-not-found")));
    }

    private static void publish(RoutingInput input) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.ROUTING_INPUTS.topicName(),
                    input.partitionKey(), EventCodec.encode(input));
            CloudEventHeaders.of(input, "/switchboard/conversation-service").forEach(record.headers()::add);
            producer.send(record);
        }
    }

    private static List<SwitchboardEvent> awaitDecisionsAbout(String conversationId) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        List<SwitchboardEvent> decisions = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topic.CONVERSATION_ASSIGNMENTS.topicName()));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(conversationId)) {
                        decisions.add(EventCodec.decode(Map.of(CloudEventHeaders.TYPE,
                                record.headers().lastHeader(CloudEventHeaders.TYPE).value()), record.value()));
                    }
                }
                assertThat(decisions).isNotEmpty();
            });
        }
        return decisions;
    }
}
