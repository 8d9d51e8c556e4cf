package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.AgentConnectionsReported;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.Topic;
import dev.switchboard.notify.delivery.webchat.WebchatDelivery;
import dev.switchboard.notify.presence.PresenceProperties;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two notify instances on the same broker and store: this test's context (A) and a second one started here (B).
 * Whichever instance a socket is on, it gets what it should, once; each instance reports the agent connections it
 * holds under its own id.
 */
class MultiInstanceIntegrationTest extends NotifyIntegrationTest {

    private static final String INBOX = "demo-webchat";
    private static final Duration QUIET = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext instanceB;

    private final String workspace = "ws-" + UUID.randomUUID();

    @Autowired
    PresenceProperties presenceA;

    @Autowired
    WebchatDelivery webchatA;

    @BeforeAll
    static void startInstanceB() {
        // command-line arguments, since the builder's own properties rank below application.yml
        instanceB = new SpringApplicationBuilder(NotifyApplication.class).profiles("local").run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + SharedInfrastructure.mongoUri() + "/switchboard",
                "--switchboard.notify.sandbox.base-url=" + PROVIDERS.baseUrl(),
                "--switchboard.notify.sandbox.smtp-server=false",
                "--switchboard.notify.presence.renew-every=1s",
                "--switchboard.notify.presence.valid-for=3s");
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aVisitorOnOneInstanceGetsEveryReplyOnceWhicheverInstanceRecordsIt() throws Exception {
        // Given: a visitor's widget on B, and B reading outbound-webchat for its widgets
        String visitor = "visitor-" + UUID.randomUUID();
        awaitWidgetsReadOn(portOf(instanceB));
        try (TestSocket widget = TestSocket.open(visitorSocket(portOf(instanceB), visitor))) {
            // When: a reply on every partition (so several instances' consumers record some), each sent twice
            List<AgentReplied> replies = conversationsOnEveryPartition().stream()
                    .map(conversation -> reply(conversation, visitor)).toList();
            replies.forEach(reply -> {
                KafkaTestClient.publish(reply);
                KafkaTestClient.publish(reply);
            });
            // Then: the widget shows each reply exactly once, and each is recorded as delivered
            Set<String> shown = new HashSet<>();
            for (int i = 0; i < replies.size(); i++) {
                assertThat(shown.add(widget.nextFrame().get("messageId").asString())).as("a reply shown twice").isTrue();
            }
            assertThat(shown).containsExactlyInAnyOrderElementsOf(replies.stream().map(AgentReplied::messageId)
                    .toList());
            assertThat(widget.receivedWithin(QUIET)).as("a reply shown twice").isFalse();
            replies.forEach(reply -> assertThat(KafkaTestClient.deliveryOf(reply.messageId()))
                    .isInstanceOf(MessageDelivered.class));
        }
        // When the widget closes, then the next reply is recorded as not delivered, whichever instance records it
        AgentReplied afterwards = reply(UUID.randomUUID().toString(), visitor);
        await().atMost(Duration.ofSeconds(10)).until(() -> !webchatA.deliver(afterwards));
        KafkaTestClient.publish(afterwards);
        assertThat(KafkaTestClient.deliveryOf(afterwards.messageId())).isInstanceOfSatisfying(DeliveryFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("visitor not connected"));
    }

    @Test
    void eachInstanceReportsItsOwnConnectionsAndPushesToThem() throws Exception {
        // Given: alice connected to both instances
        String instanceIdB = instanceB.getBean(PresenceProperties.class).instanceId();
        try (TestSocket onB = TestSocket.open(agentSocket(portOf(instanceB)));
                TestSocket onA = TestSocket.open(agentSocket(port))) {
            assertThat(onB.nextFrame().get("type").asString()).isEqualTo("dev.switchboard.notify.connected.v1");
            // Then both report her, each under its own id
            KafkaTestClient.reportsUntil(workspace, "alice", reports -> opened(reports, presenceA.instanceId())
                    && opened(reports, instanceIdB));
            // and an event of hers reaches her socket on B (each instance reads every conversation event)
            String conversation = UUID.randomUUID().toString();
            await().atMost(Duration.ofSeconds(60)).until(() -> pushedTo(onB, conversation));
            // When: her socket on A closes
            onA.close();
            // Then: A reports none open there, while B keeps renewing hers
            List<AgentConnectionsReported> reports = KafkaTestClient.reportsUntil(workspace, "alice",
                    seen -> renewedAfterClosing(seen, presenceA.instanceId(), instanceIdB));
            assertThat(renewedAfterClosing(reports, presenceA.instanceId(), instanceIdB)).isTrue();
        }
    }

    /** Publishes a transfer to alice and says whether it reached the socket (B's push starts at the latest offset). */
    private boolean pushedTo(TestSocket socket, String conversation) throws InterruptedException {
        KafkaTestClient.publish(new ConversationAssigned(UUID.randomUUID(), Instant.now(), workspace, conversation,
                "alice", "bob", INBOX, Channel.WEBCHAT));
        return socket.receivedWithin(Duration.ofMillis(500));
    }

    private static boolean opened(List<AgentConnectionsReported> reports, String instanceId) {
        return reports.stream().anyMatch(report -> report.instanceId().equals(instanceId) && report.open() > 0);
    }

    private static boolean renewedAfterClosing(List<AgentConnectionsReported> reports, String closed, String open) {
        Instant closedAt = reports.stream().filter(report -> report.instanceId().equals(closed) && report.open() == 0)
                .map(AgentConnectionsReported::occurredAt).findFirst().orElse(null);
        return closedAt != null && reports.stream().anyMatch(report -> report.instanceId().equals(open)
                && report.open() == 1 && report.occurredAt().isAfter(closedAt));
    }

    /** B's own group on outbound-webchat starts at the latest offset: a probe visitor's reply shows it reads. */
    private void awaitWidgetsReadOn(int instancePort) throws Exception {
        String probe = "probe-" + UUID.randomUUID();
        try (TestSocket widget = TestSocket.open(visitorSocket(instancePort, probe))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                KafkaTestClient.publish(reply(UUID.randomUUID().toString(), probe));
                return widget.receivedWithin(Duration.ofMillis(500));
            });
        }
    }

    /** One conversation id per partition of outbound-webchat, as the producer's key hashing places them. */
    private static List<String> conversationsOnEveryPartition() {
        int partitions = Topic.OUTBOUND_WEBCHAT.partitions();
        String[] byPartition = new String[partitions];
        int found = 0;
        for (int attempt = 0; attempt < 10_000 && found < partitions; attempt++) {
            String conversation = UUID.randomUUID().toString();
            int partition = Utils.toPositive(Utils.murmur2(conversation.getBytes(StandardCharsets.UTF_8)))
                    % partitions;
            if (byPartition[partition] == null) {
                byPartition[partition] = conversation;
                found++;
            }
        }
        assertThat(found).isEqualTo(partitions);
        return List.of(byPartition);
    }

    private AgentReplied reply(String conversationId, String visitor) {
        return new AgentReplied(UUID.randomUUID(), Instant.now(), workspace, conversationId,
                UUID.randomUUID().toString(), INBOX, Channel.WEBCHAT, visitor, "alice", "On its way.", List.of(), null);
    }

    private URI visitorSocket(int instancePort, String visitor) {
        return URI.create("ws://127.0.0.1:" + instancePort + "/ws/webchat/" + INBOX + "?token="
                + TestTokens.visitor(workspace, INBOX, visitor));
    }

    private URI agentSocket(int instancePort) {
        return URI.create("ws://127.0.0.1:" + instancePort + "/ws/agent?access_token="
                + TestTokens.agent(workspace, "alice"));
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }
}
