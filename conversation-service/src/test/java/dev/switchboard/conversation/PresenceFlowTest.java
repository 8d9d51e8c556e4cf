package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.AgentConnectionsReported;
import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.AgentStatusChanged;
import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Presence from notify's connection reports, through the real broker and store: the last connection closing tells
 * routing the agent is OFFLINE (DISCONNECTED), one coming back restores what they chose, an instance that stops
 * renewing its reports counts as closed, and an agent who chose OFFLINE stays so. Subscribers of the public topic
 * hear each change of status once ({@code agent.status-changed}).
 */
class PresenceFlowTest extends SwitchboardIntegrationTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    private final String agent = "pia-" + UUID.randomUUID();
    private String token;

    @BeforeEach
    void signIn() {
        seedAgent(agent, InboundFixtures.WORKSPACE, AgentRole.AGENT, "pia-test-pw");
        token = api.tokenFor(agent, "pia-test-pw");
    }

    @Test
    void theLastConnectionClosingDisconnectsAndAReconnectRestoresTheChosenStatus() {
        // Given: pia is online, with a tab on each of two notify instances
        choose("ONLINE");
        report("notify-a", 1, LONG);
        report("notify-b", 1, LONG);
        await().atMost(Duration.ofSeconds(30)).until(() -> status().body().path("connections").asInt() == 2);

        // When: A's closes, then B's
        report("notify-a", 0, LONG);
        report("notify-b", 0, LONG);

        // Then: routing hears OFFLINE for DISCONNECTED once, on routing-inputs, keyed by the workspace
        KafkaProbe.Received<AgentPresenceChanged> offline = kafka.await(AgentPresenceChanged.class,
                event -> event.agentId().equals(agent) && event.reason() == PresenceReason.DISCONNECTED);
        assertThat(offline.key()).isEqualTo(InboundFixtures.WORKSPACE);
        assertThat(offline.event().presence()).isEqualTo(Presence.OFFLINE);
        assertThat(offline.event().capacity()).isEqualTo(6);
        AgentApi.Response disconnected = status();
        assertThat(disconnected.text("status")).isEqualTo("OFFLINE");
        assertThat(disconnected.text("reason")).isEqualTo("DISCONNECTED");
        assertThat(disconnected.text("chosenStatus")).isEqualTo("ONLINE");
        assertThat(disconnected.body().path("connections").asInt()).isZero();
        assertThat(kafka.await(AgentStatusChanged.class, event -> event.agentId().equals(agent)
                && event.reason() == PresenceReason.DISCONNECTED).event().status()).isEqualTo(Presence.OFFLINE);

        // When: a tab opens again
        report("notify-b", 1, LONG);

        // Then: what pia chose is restored
        kafka.await(AgentPresenceChanged.class, event -> event.agentId().equals(agent)
                && event.presence() == Presence.ONLINE && event.occurredAt().isAfter(offline.event().occurredAt()));
        assertThat(status().text("status")).isEqualTo("ONLINE");
        assertThat(status().text("reason")).isEqualTo("CHOSEN");
        assertThat(kafka.matching(AgentPresenceChanged.class, event -> event.agentId().equals(agent)
                && event.reason() == PresenceReason.DISCONNECTED)).hasSize(1);
    }

    @Test
    void anInstanceThatStopsRenewingItsReportCountsAsClosed() {
        // Given: pia is away, with a tab on an instance whose report lasts two seconds
        choose("AWAY");
        report("notify-crashing", 1, Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> status().body().path("connections").asInt() == 1);

        // When: the instance says nothing more (it crashed)
        // Then: the sweep finds the report lapsed, and routing hears DISCONNECTED
        KafkaProbe.Received<AgentPresenceChanged> offline = kafka.await(AgentPresenceChanged.class,
                event -> event.agentId().equals(agent) && event.reason() == PresenceReason.DISCONNECTED);
        assertThat(offline.event().presence()).isEqualTo(Presence.OFFLINE);
        assertThat(status().text("chosenStatus")).isEqualTo("AWAY");
    }

    @Test
    void anAgentWhoChoseOfflineStaysOfflineWhenConnecting() throws InterruptedException {
        // Given
        choose("OFFLINE");

        // When: pia's UI connects
        report("notify-a", 1, LONG);

        // Then: the connection is counted, the status is not moved, and routing hears nothing more
        await().atMost(Duration.ofSeconds(30)).until(() -> status().body().path("connections").asInt() == 1);
        Thread.sleep(1_000);
        AgentApi.Response offline = status();
        assertThat(offline.text("status")).isEqualTo("OFFLINE");
        assertThat(offline.text("reason")).isEqualTo("CHOSEN");
        assertThat(kafka.awaitCount(AgentPresenceChanged.class, event -> event.agentId().equals(agent), 1))
                .singleElement().satisfies(only -> assertThat(only.event().presence()).isEqualTo(Presence.OFFLINE));
    }

    @Test
    void eachStatusChangeIsPublishedOnceOnThePublicTopic() {
        // Given: pia, offline as seeded
        // When: she goes online, says so again, then goes away
        choose("ONLINE");
        choose("ONLINE");
        choose("AWAY");

        // Then: routing heard all three choices, but subscribers hear each change once, keyed by pia
        KafkaProbe.Received<AgentStatusChanged> away = kafka.await(AgentStatusChanged.class,
                event -> event.agentId().equals(agent) && event.status() == Presence.AWAY);
        assertThat(away.topic()).isEqualTo(Topic.CONVERSATION_EVENTS.topicName());
        assertThat(away.key()).isEqualTo(agent);
        assertThat(away.event().reason()).isEqualTo(PresenceReason.CHOSEN);
        assertThat(kafka.awaitCount(AgentPresenceChanged.class, event -> event.agentId().equals(agent), 3))
                .hasSize(3);
        assertThat(kafka.matching(AgentStatusChanged.class, event -> event.agentId().equals(agent)))
                .extracting(received -> received.event().status()).containsExactly(Presence.ONLINE, Presence.AWAY);
    }

    private void choose(String status) {
        AgentApi.Response response = api.put("/api/v1/agents/me/status", token, Map.of("status", status));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo(status);
        assertThat(response.text("reason")).isEqualTo("CHOSEN");
    }

    private AgentApi.Response status() {
        AgentApi.Response response = api.get("/api/v1/agents/me/status", token);
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    private void report(String instance, int open, Duration validFor) {
        Instant now = Instant.now();
        kafka.send(new AgentConnectionsReported(UUID.randomUUID(), now, InboundFixtures.WORKSPACE, agent, instance,
                open, now.plus(validFor)));
    }
}
