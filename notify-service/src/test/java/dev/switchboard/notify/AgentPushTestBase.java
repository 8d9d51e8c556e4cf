package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.Author;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/** What agent push tests share: a live push consumer, agents' sockets, and conversation events to publish. */
abstract class AgentPushTestBase extends NotifyIntegrationTest {

    static final String CONNECTED = "dev.switchboard.notify.connected.v1";
    static final String RESYNC_REQUIRED = "dev.switchboard.notify.resync-required.v1";

    private static volatile boolean pushConsumerLive;

    final String workspace = "ws-" + UUID.randomUUID();
    final String conversation = UUID.randomUUID().toString();

    /** The push consumer starts at the latest offset: wait until it is assigned and sees what is published. */
    @BeforeEach
    void awaitPushConsumer() throws Exception {
        if (pushConsumerLive) {
            return;
        }
        String probeWorkspace = "probe-" + UUID.randomUUID();
        try (TestSocket probe = connect(agentSocket(probeWorkspace, "probe"))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                publish(assigned(probeWorkspace, "probe"));
                return probe.receivedWithin(Duration.ofMillis(500));
            });
        }
        pushConsumerLive = true;
    }

    /** Opens the socket and waits for its {@code connected} frame, after which it is live. */
    static TestSocket connect(URI uri) throws Exception {
        TestSocket socket = TestSocket.open(uri);
        JsonNode connected = socket.nextFrame();
        assertThat(connected.get("type").asString()).isEqualTo(CONNECTED);
        return socket;
    }

    URI agentSocket(String workspaceId, String agentId) {
        return socket("/ws/agent?access_token=" + TestTokens.agent(workspaceId, agentId));
    }

    URI agentSocket(String workspaceId, String agentId, String resume) {
        return socket("/ws/agent?access_token=" + TestTokens.agent(workspaceId, agentId) + "&resume=" + resume);
    }

    /** Publishes in order, as conversation-service would (one producer, acknowledged by all replicas). */
    static void publish(SwitchboardEvent... events) {
        EventTopics.publish(SharedInfrastructure.kafkaBootstrapServers(), "/switchboard/test", events);
    }

    /** The conversation taken from the queue by {@code agentId}: its queue's watchers see it leave. */
    ConversationAssigned assigned(String workspaceId, String agentId) {
        return transferred(workspaceId, agentId, null);
    }

    /** The conversation moved from {@code previousAgentId} to {@code agentId}: theirs, and no one else's. */
    ConversationAssigned transferred(String workspaceId, String agentId, @Nullable String previousAgentId) {
        return new ConversationAssigned(UUID.randomUUID(), Instant.now(), workspaceId, conversation, agentId,
                previousAgentId, "demo-webchat", Channel.WEBCHAT);
    }

    MessageAppended appended(String assignee) {
        return appended(workspace, assignee, "Help! My internet cut out");
    }

    MessageAppended appended(String workspaceId, @Nullable String assignee, String text) {
        return new MessageAppended(UUID.randomUUID(), Instant.now(), workspaceId, conversation,
                UUID.randomUUID().toString(), "demo-webchat", Channel.WEBCHAT, Direction.INBOUND,
                new Author(Author.Kind.CONTACT, "contact-1"), text, List.of(), assignee);
    }

    static String type(JsonNode frame) {
        return frame.get("type").asString();
    }
}
