package dev.switchboard.routing.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.events.UnassignmentReason;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.RoutingPolicy;
import dev.switchboard.routing.engine.WorkspaceRouting;
import dev.switchboard.routing.streams.WorkspaceEntries.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class WorkspaceRoutingSerdeTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:58:00Z");

    @Test
    void aWorkspaceSurvivesTheTripThroughTheChangelogUnchanged() {
        // Given a workspace with a loaded agent within a grace period, a fresh one and a queue
        TreeMap<String, Agent> agents = new TreeMap<>();
        agents.put("alice", new Agent("alice", Presence.OFFLINE, AT, AT.plusSeconds(60), 2,
                Map.of(Channel.EMAIL, 250), List.of("billing"), List.of("spanish"),
                List.of(new Conversation("c1", Channel.EMAIL, Priority.HIGH, "billing", List.of("spanish"), "alice",
                        AT, AT, 0, UUID.randomUUID(), 250, 0, null, null)), AT.plusSeconds(5)));
        agents.put("bob", new Agent("bob", Presence.ONLINE, null, null, 0, Map.of(), List.of(), List.of(), List.of(),
                null));
        WorkspaceRouting state = new WorkspaceRouting("demo", RoutingPolicy.defaults(), agents,
                List.of(new Conversation("c2", Channel.SMS, Priority.URGENT, null, List.of(), null, null,
                        AT.plusSeconds(9), 1, null, 1000, 3, "carol", UnassignmentReason.TRANSFERRED)), 2,
                Map.of("", "bob"), List.of(AT, AT.plusSeconds(30), AT.plusNanos(1_000), AT.plusNanos(123_456_789),
                        Instant.parse("1969-07-20T20:17:40.5Z")), 7);
        Serde<StoredEntry> serde = WorkspaceRoutingSerde.create();
        KeyValueStore<String, StoredEntry> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("floor"),
                Serdes.String(), serde).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);

        // When its entries are written as JSON, read back and the workspace put together from them
        WorkspaceEntries.writeAll(store, state);
        StringBuilder json = new StringBuilder();
        try (KeyValueIterator<String, StoredEntry> all = store.all()) {
            all.forEachRemaining(entry -> json.append(new String(serde.serializer().serialize("changelog",
                    entry.value), StandardCharsets.UTF_8)));
        }
        WorkspaceRouting read = WorkspaceEntries.read(store, "demo");

        // Then it is equal, and the JSON holds only the state (no derived values such as load)
        assertThat(read).isEqualTo(state);
        assertThat(json.toString()).contains("\"waitingSince\":" + AT.getEpochSecond() + ",")
                .doesNotContain("\"load\"").doesNotContain("budget");
    }

    @Test
    void anAgentEntryWrittenBeforeWeightsAndTeamsStillReads() {
        // Given an agent entry as an earlier version stored it, without weights, teams or a held conversation's channel
        String old = "{\"agent\":{\"agentId\":\"alice\",\"presence\":\"ONLINE\",\"capacity\":6,"
                + "\"held\":[{\"conversationId\":\"c1\",\"priority\":\"NORMAL\","
                + "\"waitingSince\":\"2026-11-23T09:58:00Z\",\"arrival\":0}],\"lastAssignedAt\":null}}";

        // When it is read
        StoredEntry read = WorkspaceRoutingSerde.create().deserializer()
                .deserialize("changelog", old.getBytes(StandardCharsets.UTF_8));

        // Then the defaults fill in: a chat held at full weight, no teams
        assertThat(read.agent().load()).isEqualTo(RoutingPolicy.WHOLE);
        assertThat(read.agent().teams()).isEmpty();
        assertThat(read.agent().held().get(0).channel()).isEqualTo(Channel.WEBCHAT);
    }
}
