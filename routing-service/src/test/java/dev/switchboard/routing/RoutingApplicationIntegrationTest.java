package dev.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationWaiting;
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
import java.util.Properties;
import java.util.UUID;
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
        EventTopics.publish(SharedInfrastructure.kafkaBootstrapServers(), "/switchboard/conversation-service", input);
    }

    private static List<SwitchboardEvent> awaitDecisionsAbout(String conversationId) {
        List<SwitchboardEvent> decisions = new ArrayList<>();
        EventTopics.read(SharedInfrastructure.kafkaBootstrapServers(),
                List.of(Topic.CONVERSATION_ASSIGNMENTS.topicName()), entry -> {
                    if (entry.key().equals(conversationId)) {
                        decisions.add(entry.event());
                    }
                }, () -> !decisions.isEmpty(), Duration.ofSeconds(60));
        assertThat(decisions).as("decisions about %s", conversationId).isNotEmpty();
        return decisions;
    }
}
