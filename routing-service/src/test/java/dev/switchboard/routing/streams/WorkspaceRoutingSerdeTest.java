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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
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
                Map.of("", "bob"), List.of(AT, AT.plusSeconds(30)), 7);
        Serde<WorkspaceRouting> serde = WorkspaceRoutingSerde.create();

        // When it is written and read back
        byte[] json = serde.serializer().serialize("changelog", state);
        WorkspaceRouting read = serde.deserializer().deserialize("changelog", json);

        // Then it is equal, and the JSON holds only the state (no derived values such as load)
        assertThat(read).isEqualTo(state);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"waitingSince\":\"2026-11-23T09:58:00Z\"")
                .doesNotContain("\"load\"").doesNotContain("budget");
    }

    @Test
    void stateWrittenBeforeWeightsTeamsAndPoliciesStillReads() {
        // Given a workspace as the first routing version stored it
        String old = "{\"workspaceId\":\"demo\",\"agents\":{\"alice\":{\"agentId\":\"alice\",\"presence\":\"ONLINE\","
                + "\"capacity\":6,\"held\":[{\"conversationId\":\"c1\",\"priority\":\"NORMAL\","
                + "\"waitingSince\":\"2026-11-23T09:58:00Z\",\"arrival\":0}],\"lastAssignedAt\":null}},"
                + "\"queue\":[],\"arrivals\":1}";

        // When it is read
        WorkspaceRouting read = WorkspaceRoutingSerde.create().deserializer()
                .deserialize("changelog", old.getBytes(StandardCharsets.UTF_8));

        // Then the defaults fill in: the default policy, a chat held at full weight
        assertThat(read.policy()).isEqualTo(RoutingPolicy.defaults());
        assertThat(read.agents().get("alice").load()).isEqualTo(RoutingPolicy.WHOLE);
        assertThat(read.agents().get("alice").held().get(0).channel()).isEqualTo(Channel.WEBCHAT);
    }
}
