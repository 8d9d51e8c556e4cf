package dev.switchboard.routing.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.QueuedConversation;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class WorkspaceRoutingSerdeTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:58:00Z");

    @Test
    void aWorkspaceSurvivesTheTripThroughTheChangelogUnchanged() {
        // Given a workspace with a loaded agent, a fresh one and a queue
        TreeMap<String, Agent> agents = new TreeMap<>();
        agents.put("alice", new Agent("alice", Presence.AWAY, 2,
                List.of(new QueuedConversation("c1", Priority.HIGH, AT, 0)), AT.plusSeconds(5)));
        agents.put("bob", new Agent("bob", Presence.ONLINE, 0, List.of(), null));
        WorkspaceRouting state = new WorkspaceRouting("demo", agents,
                List.of(new QueuedConversation("c2", Priority.URGENT, AT.plusSeconds(9), 1)), 2);
        Serde<WorkspaceRouting> serde = WorkspaceRoutingSerde.create();

        // When it is written and read back
        byte[] json = serde.serializer().serialize("changelog", state);
        WorkspaceRouting read = serde.deserializer().deserialize("changelog", json);

        // Then it is equal, and the JSON holds only the state (no derived values such as load)
        assertThat(read).isEqualTo(state);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"waitingSince\":\"2026-11-23T09:58:00Z\"")
                .doesNotContain("load").doesNotContain("room");
    }
}
