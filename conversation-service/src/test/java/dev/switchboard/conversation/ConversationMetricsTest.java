package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationRouted;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each conversation's waiting, first-response and resolution times and agent replies are stored on it once, and
 * recorded once in histograms tagged by workspace, team and channel, however often a step is retried or its event
 * republished.
 */
class ConversationMetricsTest extends SwitchboardIntegrationTest {

    @Autowired
    MeterRegistry registry;

    @Autowired
    MongoDatabase database;

    @Test
    void aConversationIsMeasuredOnceAtEachMoment() {
        // Given a workspace of this test, its agent, and a customer who wrote five minutes ago
        String workspace = "metrics-" + UUID.randomUUID();
        String agentId = "mo-" + workspace;
        seedAgent(agentId, workspace, AgentRole.AGENT, "mo-test-pw");
        String conversationId = deliver(InboundFixtures.webchatMessage(workspace, InboundFixtures.uniqueHandle(),
                "Hi", Instant.now().minus(Duration.ofMinutes(5))));

        // When routing assigns it (twice: a redelivered decision) and the process dies right after Kafka took the
        // assignment, so the outbox relay publishes it again (to Kafka and to the in-process listeners), the agent
        // replies three times (one a retry with the same Idempotency-Key) and resolves it twice
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("crash after the send");
        }).when(publisher).publish(any(ConversationAssigned.class), any());
        ConversationRouted routed = InboundFixtures.routed(workspace, conversationId, agentId);
        kafka.send(routed);
        kafka.send(routed);
        List<KafkaProbe.Received<ConversationAssigned>> assignments = kafka.awaitCount(ConversationAssigned.class,
                assigned -> assigned.conversationId().equals(conversationId), 2);
        doCallRealMethod().when(publisher).publish(any(), any());
        assertThat(assignments).extracting(KafkaProbe.Received::ceId).containsOnly(assignments.get(0).ceId());
        String agent = api.tokenFor(agentId, "mo-test-pw");
        String path = "/api/v1/conversations/" + conversationId;
        api.post(path + "/messages", agent, Map.of("text", "Rebooting"), "Idempotency-Key", "k-1");
        api.post(path + "/messages", agent, Map.of("text", "Rebooting"), "Idempotency-Key", "k-1");
        api.post(path + "/messages", agent, Map.of("text", "Back online?"));
        assertThat(api.post(path + "/resolve", agent, null).status()).isEqualTo(200);
        assertThat(api.post(path + "/resolve", agent, null).status()).isEqualTo(200);

        // Then each histogram of this workspace counted the conversation once, the wait from its opening
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Timer wait = timer("switchboard.conversation.wait", workspace);
            assertThat(wait.count()).isEqualTo(1);
            assertThat(wait.totalTime(TimeUnit.MINUTES)).isGreaterThanOrEqualTo(5);
        });
        assertThat(timer("switchboard.conversation.first-response", workspace).count()).isEqualTo(1);
        assertThat(timer("switchboard.conversation.resolution", workspace).count()).isEqualTo(1);
        DistributionSummary replies = registry.get("switchboard.conversation.agent-replies")
                .tags("workspace", workspace, "team", "none", "channel", "webchat").summary();
        assertThat(replies.count()).isEqualTo(1);
        assertThat(replies.totalAmount()).isEqualTo(2);
        // and the conversation document holds the same
        Document metrics = database.getCollection("conversations").find(Filters.eq("_id", conversationId)).first()
                .get("metrics", Document.class);
        assertThat(metrics.getLong("waitMillis")).isGreaterThanOrEqualTo(Duration.ofMinutes(5).toMillis());
        assertThat(metrics.getLong("firstResponseMillis")).isGreaterThanOrEqualTo(metrics.getLong("waitMillis"));
        assertThat(metrics.getLong("resolutionMillis")).isGreaterThanOrEqualTo(metrics.getLong("firstResponseMillis"));
        assertThat(((Number) metrics.get("agentReplies")).longValue()).isEqualTo(2);
        assertThat(metrics.getDate("resolvedAt")).isNotNull();
    }

    private Timer timer(String name, String workspace) {
        return registry.get(name).tags("workspace", workspace, "team", "none", "channel", "webchat").timer();
    }
}
