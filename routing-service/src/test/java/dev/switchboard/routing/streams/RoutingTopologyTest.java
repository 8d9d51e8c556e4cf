package dev.switchboard.routing.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import dev.switchboard.routing.engine.RoutingRules;
import dev.switchboard.routing.engine.WorkspaceRouting;
import dev.switchboard.routing.streams.WorkspaceEntries.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingTopologyTest {

    private static final Serde<StoredEntry> ENTRIES = WorkspaceRoutingSerde.create();

    static final Instant T1 = Instant.parse("2026-11-23T09:58:00Z");
    private static final Instant T2 = T1.plusSeconds(30);

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> inputs;
    private TestOutputTopic<String, byte[]> assignments;

    @AfterEach
    void closeTopology() {
        driver.close();
    }

    @Test
    void aWaitingConversationIsRoutedToTheAgentRememberedFromAnEarlierRecord() {
        // Given alice came online in an earlier record
        start();
        pipe(new AgentPresenceChanged(id(1), T1, "demo", "alice", Presence.ONLINE, 6), T1);

        // When a conversation waits
        pipe(waiting(2, "conv-1"), T2);

        // Then one CloudEvent keyed by the conversation routes it to alice, stamped with the record's time
        TestRecord<String, byte[]> output = assignments.readRecord();
        assertThat(output.key()).isEqualTo("conv-1");
        assertThat(output.getRecordTime()).isEqualTo(T2);
        assertThat(header(output, CloudEventHeaders.TYPE)).isEqualTo("dev.switchboard.routing.conversation-routed.v1");
        assertThat(header(output, CloudEventHeaders.SOURCE)).isEqualTo("/switchboard/routing-service");
        assertThat(decode(output)).isInstanceOfSatisfying(ConversationRouted.class, routed -> {
            assertThat(routed.eventId()).isEqualTo(RoutingRules.decisionId("demo", 0));
            assertThat(routed.occurredAt()).isEqualTo(T2);
            assertThat(routed.agentId()).isEqualTo("alice");
            assertThat(routed.requestId()).isEqualTo(id(2));
        });
        assertThat(assignments.isEmpty()).isTrue();
        assertThat(stored("demo").agents().get("alice").held()).hasSize(1);
    }

    @Test
    void anAgentGoingOfflineHandsBackAndReroutesTheirConversation() {
        // Given alice holds conv-1 and bob has room
        aliceHoldsAConversationAndBobHasRoom();

        // When alice goes offline
        pipe(new AgentPresenceChanged(id(4), T2, "demo", "alice", Presence.OFFLINE, 1), T2);

        // Then conv-1 is announced unassigned from alice, then routed to bob, both keyed by the conversation
        List<TestRecord<String, byte[]>> outputs = assignments.readRecordsToList();
        assertThat(outputs).extracting(TestRecord::key).containsExactly("conv-1", "conv-1");
        assertThat(decode(outputs.get(0))).isInstanceOfSatisfying(ConversationUnassigned.class,
                unassigned -> assertThat(unassigned.previousAgentId()).isEqualTo("alice"));
        assertThat(decode(outputs.get(1))).isInstanceOfSatisfying(ConversationRouted.class,
                routed -> assertThat(routed.agentId()).isEqualTo("bob"));
    }

    @Test
    void theTimerHandsBackWhatAnAgentHoldsOnceTheGracePeriodEndsWithNoInputArriving() {
        // Given alice holds conv-1, bob has room, and alice's connection dropped at T2 (60 s grace)
        aliceHoldsAConversationAndBobHasRoom();
        pipe(new AgentPresenceChanged(id(4), T2, "demo", "alice", Presence.OFFLINE, 1,
                PresenceReason.DISCONNECTED), T2);
        assertThat(driver.<String, Long>getKeyValueStore(RoutingTopology.HAND_BACKS).get("demo"))
                .isEqualTo(T2.plusSeconds(60).toEpochMilli());

        // When the wall clock passes the grace period's end, in steps of the timer's interval
        driver.advanceWallClockTime(Duration.between(T1, T2.plusSeconds(59)));
        List<TestRecord<String, byte[]>> withinGrace = assignments.readRecordsToList();
        driver.advanceWallClockTime(Duration.ofSeconds(2));

        // Then nothing moved within it; after it, conv-1 is handed back and re-routed, and the timer is cleared
        assertThat(withinGrace).isEmpty();
        assertThat(assignments.readRecordsToList()).extracting(RoutingTopologyTest::decode)
                .hasExactlyElementsOfTypes(ConversationUnassigned.class, ConversationRouted.class);
        assertThat(driver.<String, Long>getKeyValueStore(RoutingTopology.HAND_BACKS).get("demo")).isNull();
    }

    @Test
    void aRecordOfUnknownTypeIsSkippedAndProcessingGoesOn() {
        // Given a record whose ce_type no Switchboard event has
        start();
        RecordHeaders unknown = new RecordHeaders();
        unknown.add(CloudEventHeaders.TYPE, "dev.example.unknown.v1".getBytes(StandardCharsets.UTF_8));
        inputs.pipeInput(new TestRecord<>("demo", "{}".getBytes(StandardCharsets.UTF_8), unknown, T1));

        // When a conversation waits afterwards
        pipe(waiting(2, "conv-1"), T2);

        // Then only the conversation produces a decision: it queues, nobody being online
        List<TestRecord<String, byte[]>> outputs = assignments.readRecordsToList();
        assertThat(outputs).singleElement().satisfies(output -> assertThat(decode(output))
                .isInstanceOfSatisfying(ConversationQueued.class, queued -> assertThat(queued.position()).isOne()));
    }

    @Test
    void theChangelogHoldsEverythingAnotherInstanceNeedsToCarryOn() {
        // Given an instance that routed conv-1 to alice and queued nothing
        start();
        pipe(new AgentPresenceChanged(id(1), T1, "demo", "alice", Presence.ONLINE, 1), T1);
        pipe(new AgentPresenceChanged(id(2), T1, "demo", "bob", Presence.ONLINE, 1), T1);
        pipe(waiting(3, "conv-1"), T1);
        UUID first = decode(assignments.readRecordsToList().get(0)).eventId();
        Map<String, byte[]> changelog = changelog().readKeyValuesToMap();
        WorkspaceRouting before = stored("demo");
        driver.close();

        // When a new instance restores that state from the changelog and the next conversation waits
        start();
        KeyValueStore<String, StoredEntry> restored = driver.getKeyValueStore(RoutingTopology.STORE);
        changelog.forEach((key, value) -> restored.put(key, ENTRIES.deserializer().deserialize("changelog", value)));
        assertThat(stored("demo")).isEqualTo(before);
        pipe(waiting(4, "conv-2"), T2);

        // Then it goes to bob (alice is full), with the workspace's next decision number: nothing lost, nothing
        // decided twice
        assertThat(decode(assignments.readRecord())).isInstanceOfSatisfying(ConversationRouted.class, routed -> {
            assertThat(routed.agentId()).isEqualTo("bob");
            assertThat(first).isEqualTo(RoutingRules.decisionId("demo", 0));
            assertThat(routed.eventId()).isEqualTo(RoutingRules.decisionId("demo", 1));
        });
    }

    @Test
    void anInputChangelogsOnlyTheEntriesItChanged() {
        // Given a floor of 200 online agents, each in the store as an entry of their own
        start();
        for (int n = 0; n < 200; n++) {
            pipe(new AgentPresenceChanged(id(100 + n), T1, "demo", "agent-" + n, Presence.ONLINE, 6), T1);
        }
        changelog().readRecordsToList();

        // When one conversation waits and is routed
        pipe(waiting(1, "conv-1"), T2);

        // Then the changelog gets the chosen agent's entry and the workspace's counters, not the other 199 agents
        assertThat(changelog().readKeyValuesToMap().keySet()).containsExactlyInAnyOrder("4:demo/m",
                "4:demo/a/" + ((ConversationRouted) decode(assignments.readRecord())).agentId());
    }

    private void aliceHoldsAConversationAndBobHasRoom() {
        start();
        pipe(new AgentPresenceChanged(id(1), T1, "demo", "alice", Presence.ONLINE, 1), T1);
        pipe(waiting(2, "conv-1"), T1);
        pipe(new AgentPresenceChanged(id(3), T1, "demo", "bob", Presence.ONLINE, 1), T1);
        assignments.readRecordsToList();
    }

    private void start() {
        StreamsBuilder builder = new StreamsBuilder();
        RoutingTopology.define(builder, RoutingTopology.Settings.defaults());
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "routing-service");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(UUID.randomUUID().toString()).toString());
        driver = new TopologyTestDriver(builder.build(), config, T1);
        inputs = driver.createInputTopic(Topic.ROUTING_INPUTS.topicName(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        assignments = driver.createOutputTopic(Topic.CONVERSATION_ASSIGNMENTS.topicName(),
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    private void pipe(RoutingInput input, Instant timestamp) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(input, "/switchboard/conversation-service").forEach(headers::add);
        inputs.pipeInput(new TestRecord<>(input.partitionKey(), EventCodec.encode(input), headers, timestamp));
    }

    private WorkspaceRouting stored(String workspaceId) {
        return WorkspaceEntries.read(driver.<String, StoredEntry>getKeyValueStore(RoutingTopology.STORE),
                workspaceId);
    }

    private TestOutputTopic<String, byte[]> changelog() {
        return driver.createOutputTopic("routing-service-" + RoutingTopology.STORE + "-changelog",
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    private static ConversationWaiting waiting(int n, String conversationId) {
        return new ConversationWaiting(id(n), T1, "demo", conversationId, "demo-webchat", Channel.WEBCHAT,
                Priority.NORMAL);
    }

    static SwitchboardEvent decode(TestRecord<String, byte[]> output) {
        return EventCodec.decode(header(output, CloudEventHeaders.TYPE), output.value());
    }

    private static String header(TestRecord<String, byte[]> output, String name) {
        return new String(output.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
    }
}
