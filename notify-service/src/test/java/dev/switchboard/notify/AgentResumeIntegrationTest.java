package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.Topic;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A UI that drops its socket and comes back with its last position misses nothing and sees nothing twice. */
class AgentResumeIntegrationTest extends AgentPushTestBase {

    private static final Duration QUIET = Duration.ofSeconds(1);

    @Test
    void aReconnectingAgentGetsExactlyWhatItMissedInOrderThenLiveEvents() throws Exception {
        // Given: alice saw one event, then her socket dropped
        String lastPosition = positionAfterOneEventForAlice();
        // and while she was away: two events for her, one for an alice of another workspace, one for bob
        MessageAppended first = appended("alice");
        MessageAppended second = appended(workspace, "alice", "Still down.");
        publish(first, appended("ws-" + UUID.randomUUID(), "alice", "elsewhere"), appended("bob"), second);
        // When: she reconnects with her last position
        try (TestSocket alice = TestSocket.open(agentSocket(workspace, "alice", lastPosition))) {
            // Then: exactly the two missed events, in order, then the connected notice
            JsonNode missed1 = alice.nextFrame();
            assertThat(missed1.at("/data/messageId").asString()).isEqualTo(first.messageId());
            JsonNode missed2 = alice.nextFrame();
            assertThat(missed2.at("/data/messageId").asString()).isEqualTo(second.messageId());
            assertThat(missed2.get("position").asString()).isNotEqualTo(missed1.get("position").asString());
            JsonNode connected = alice.nextFrame();
            assertThat(type(connected)).isEqualTo(CONNECTED);
            assertThat(connected.at("/data/resumed").asBoolean()).isTrue();
            assertThat(connected.at("/data/replayed").asInt()).isEqualTo(2);
            // and then live events, each once
            MessageAppended live = appended(workspace, "alice", "Back online, thanks!");
            publish(live);
            assertThat(alice.nextFrame().at("/data/messageId").asString()).isEqualTo(live.messageId());
            assertThat(alice.receivedWithin(QUIET)).as("a frame sent twice").isFalse();
        }
    }

    @Test
    void resumingFromTheConnectedPositionReplaysNothing() throws Exception {
        // Given: alice connected and saw nothing but the connected notice
        String position;
        try (TestSocket alice = TestSocket.open(agentSocket(workspace, "alice"))) {
            position = alice.nextFrame().get("position").asString();
        }
        // When: she comes back with that position, nothing having happened to her meanwhile (only to bob)
        publish(appended("bob"));
        try (TestSocket alice = TestSocket.open(agentSocket(workspace, "alice", position))) {
            // Then
            JsonNode connected = alice.nextFrame();
            assertThat(type(connected)).isEqualTo(CONNECTED);
            assertThat(connected.at("/data/replayed").asInt()).isZero();
            assertThat(alice.receivedWithin(QUIET)).isFalse();
        }
    }

    @Test
    void anUnknownPositionAsksTheClientToReloadAndThenGoesLive() throws Exception {
        // Given / When
        try (TestSocket alice = TestSocket.open(agentSocket(workspace, "alice", "bm90LWEtY3Vyc29y"))) {
            // Then
            JsonNode resync = alice.nextFrame();
            assertThat(type(resync)).isEqualTo(RESYNC_REQUIRED);
            assertThat(resync.at("/data/reason").asString()).isEqualTo("position not recognised");
            assertThat(resync.get("position").asString()).isNotBlank();
            MessageAppended live = appended("alice");
            publish(live);
            assertThat(alice.nextFrame().at("/data/messageId").asString()).isEqualTo(live.messageId());
        }
    }

    @Test
    void aPositionOlderThanRetentionAsksTheClientToReload() throws Exception {
        // Given: alice's last position, then records she missed deleted as retention would
        String lastPosition = positionAfterOneEventForAlice();
        publish(appended("alice"));
        deleteEveryRecordSoFar();
        // When
        try (TestSocket alice = TestSocket.open(agentSocket(workspace, "alice", lastPosition))) {
            // Then
            JsonNode resync = alice.nextFrame();
            assertThat(type(resync)).isEqualTo(RESYNC_REQUIRED);
            assertThat(resync.at("/data/reason").asString()).isEqualTo("position older than the topic's retention");
        }
    }

    /** Alice connects, is assigned a conversation, and drops: the position of the last frame she saw. */
    private String positionAfterOneEventForAlice() throws Exception {
        try (TestSocket alice = connect(agentSocket(workspace, "alice"))) {
            publish(assigned(workspace, "alice"));
            return alice.nextFrame().get("position").asString();
        }
    }

    private static void deleteEveryRecordSoFar() throws Exception {
        String topic = Topic.CONVERSATION_EVENTS.topicName();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, Topic.CONVERSATION_EVENTS.partitions())
                    .boxed().collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> upToEnd = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            entry -> RecordsToDelete.beforeOffset(entry.getValue().offset())));
            admin.deleteRecords(upToEnd).all().get(30, TimeUnit.SECONDS);
        }
    }
}
