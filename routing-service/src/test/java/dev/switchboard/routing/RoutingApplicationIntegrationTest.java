package dev.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.HostileTokens;
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
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutingApplicationIntegrationTest {

    private static final String WORKSPACE = "it-" + UUID.randomUUID();
    private static final BadInputTable FLOOR_TABLE = new BadInputTable("routing-service");

    @LocalServerPort
    int port;

    @Autowired
    KafkaStreamsConfiguration streamsConfiguration;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.streams.replication-factor", () -> 1);
        registry.add("spring.kafka.streams.state-dir",
                Files.createTempDirectory("routing-service-state")::toString);
        registry.add("switchboard.security.agent-token-secret", () -> AgentTokens.SECRET);
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
    void aConversationWaitingForAnOnlineAgentIsRoutedAndShownOnTheFloor() {
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
            assertThat(routed.agentLoad()).isEqualTo(1.0);
        });
        // ...the supervisor's floor view shows it, and the metrics and health report it
        Answer floor = get("/api/v1/routing/{id}/floor", WORKSPACE, AgentTokens.supervisor(WORKSPACE));
        assertThat(floor.status().value()).isEqualTo(200);
        assertThat(floor.body()).contains("\"agentId\":\"alice\"").contains("\"load\":1.0")
                .contains("\"WEBCHAT\":{\"conversations\":1,\"load\":1.0}").contains("\"queueLength\":0");
        assertThat(meters.get("switchboard.routing.assignments").tag("workspace", WORKSPACE).counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("switchboard.routing.agent.occupancy").tag("agent", "alice")
                .tag("workspace", WORKSPACE).gauge().value()).isEqualTo(1.0 / 6);
        assertThat(meters.get("switchboard.routing.queue.length").tag("workspace", WORKSPACE).gauge().value())
                .isZero();
        assertThat(get("/actuator/health", "", null).body()).contains("\"UP\"");
    }

    @Test
    void theFloorIsForItsWorkspacesSupervisorsOnlyAndAnswersProblemDetails() {
        // Given the streams are running
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/routing/{id}/floor", "never-seen",
                AgentTokens.supervisor("never-seen")).status().value() == 404);

        // When the floor is asked for without a token, with a forged one, by an agent, for another workspace,
        // and for a workspace routing never heard of
        Answer anonymous = get("/api/v1/routing/{id}/floor", WORKSPACE, null);
        Answer forged = get("/api/v1/routing/{id}/floor", WORKSPACE,
                AgentTokens.issue("sam", WORKSPACE, "SUPERVISOR", "another-secret-0123456789abcdefghijkl"));
        Answer agent = get("/api/v1/routing/{id}/floor", WORKSPACE, AgentTokens.agent(WORKSPACE));
        Answer otherWorkspace = get("/api/v1/routing/{id}/floor", WORKSPACE, AgentTokens.supervisor("demo"));
        Answer unknown = get("/api/v1/routing/{id}/floor", "never-seen", AgentTokens.supervisor("never-seen"));
        Answer admin = get("/api/v1/routing/{id}/floor", "never-seen",
                AgentTokens.issue("ada", "never-seen", "ADMIN", AgentTokens.SECRET));

        // Then each is a problem detail with a stable type (an admin may look, as a supervisor may)
        assertThat(anonymous.problem()).isEqualTo("401 https://switchboard.dev/problems/unauthenticated");
        assertThat(forged.problem()).isEqualTo("401 https://switchboard.dev/problems/unauthenticated");
        assertThat(agent.problem()).isEqualTo("403 https://switchboard.dev/problems/supervisor-only");
        assertThat(otherWorkspace.problem()).isEqualTo("404 https://switchboard.dev/problems/workspace-not-found");
        assertThat(unknown.problem()).isEqualTo("404 https://switchboard.dev/problems/workspace-not-found");
        assertThat(admin.problem()).isEqualTo("404 https://switchboard.dev/problems/workspace-not-found");
    }

    static Stream<Arguments> hostileFloorRequests() {
        HostileTokens sam = new HostileTokens(AgentTokens.SECRET, "switchboard",
                Map.of("sub", "sam", "ws", WORKSPACE, "role", "SUPERVISOR"));
        return Stream.of(
                Arguments.of("expired JWT", WORKSPACE, sam.expired(), 401, "unauthenticated"),
                Arguments.of("forged JWT", WORKSPACE, sam.forged(), 401, "unauthenticated"),
                Arguments.of("wrong issuer", WORKSPACE, sam.wrongIssuer(), 401, "unauthenticated"),
                Arguments.of("alg none", WORKSPACE, sam.unsigned(), 401, "unauthenticated"),
                Arguments.of("not a bearer token", WORKSPACE, "Basic c2FtOnB3", 401, "unauthenticated"),
                Arguments.of("$gt operator as the workspace id", "{\"$gt\":\"\"}", sam.genuine(), 404,
                        "workspace-not-found"),
                Arguments.of("$where as the workspace id", "$where", sam.genuine(), 404, "workspace-not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFloorRequests")
    void hostileRequestsForTheFloorAreRefusedWithProblemDetails(String name, String workspaceId, String token,
            int status, String slug) {
        // Given the running service
        // When the floor is asked for with a hostile token or workspace id
        BadInputTable.Answer answer = BadInputTable.send("GET", URI.create("http://localhost:" + port
                + "/api/v1/routing/" + UriUtils.encodePathSegment(workspaceId, StandardCharsets.UTF_8) + "/floor"),
                new byte[0], "Authorization", token.startsWith("Basic ") ? token : "Bearer " + token);

        // Then it is the row's problem (counted for docs/bad-input.md), and the service stays healthy
        assertThat(FLOOR_TABLE.refusal(answer, status, slug, "")).as(name).isEmpty();
        assertThat(BadInputTable.healthy(URI.create("http://localhost:" + port + "/actuator/health"))).isTrue();
        FLOOR_TABLE.writeFigures();
    }

    private Answer get(String path, String workspaceId, @Nullable String authorization) {
        return RestClient.create("http://localhost:" + port).get().uri(path, workspaceId)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set("Authorization", authorization);
                    }
                })
                .exchange((request, response) -> new Answer(response.getStatusCode(),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
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

    /** An HTTP answer; {@code problem()} is "status type" for a problem detail. */
    private record Answer(HttpStatusCode status, String body) {

        String problem() {
            int at = body.indexOf("\"type\":\"");
            return status.value() + " " + (at < 0 ? body : body.substring(at + 8, body.indexOf('"', at + 8)));
        }
    }
}
