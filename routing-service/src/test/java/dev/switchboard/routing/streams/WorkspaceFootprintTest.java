package dev.switchboard.routing.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.Floor;
import dev.switchboard.routing.engine.RoutingPolicy;
import dev.switchboard.routing.engine.WorkspaceRouting;
import dev.switchboard.routing.streams.WorkspaceEntries.StoredEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How a workspace's stored state grows, measured on the serialized entries that are stored and changelogged (one per
 * agent with what they hold, one per waiting conversation): the numbers docs/routing.md states, held to here so they
 * stay true.
 */
class WorkspaceFootprintTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:58:00Z");

    @Test
    void stateGrowsByABoundedAmountPerAgentAndPerConversation() {
        // Given workspaces of 1,000 agents (two teams, two skills each), then each holding three conversations,
        // then with 10,000 more waiting
        WorkspaceRouting agentsOnly = workspace(1_000, 0, 0);
        WorkspaceRouting holding = workspace(1_000, 3, 0);
        WorkspaceRouting queueing = workspace(1_000, 3, 10_000);

        // When each is serialized as the store does
        int base = size(workspace(0, 0, 0));
        int perAgent = (size(agentsOnly) - base) / 1_000;
        int perHeld = (size(holding) - size(agentsOnly)) / 3_000;
        int perQueued = (size(queueing) - size(holding)) / 10_000;

        // Then an agent costs under 300 bytes, a conversation, held or waiting, under 400
        assertThat(perAgent).as("bytes per agent").isBetween(100, 300);
        assertThat(perHeld).as("bytes per held conversation").isBetween(100, 400);
        assertThat(perQueued).as("bytes per queued conversation").isBetween(100, 400);
    }

    private static int size(WorkspaceRouting state) {
        var serializer = WorkspaceRoutingSerde.create().serializer();
        Floor.Meta meta = Floor.of(state).meta();
        int bytes = serializer.serialize("changelog", new StoredEntry(meta, null, null)).length;
        for (Agent agent : state.agents().values()) {
            bytes += serializer.serialize("changelog", new StoredEntry(null, agent, null)).length;
        }
        for (Conversation waiting : state.queue()) {
            bytes += serializer.serialize("changelog", new StoredEntry(null, null, waiting)).length;
        }
        return bytes;
    }

    private static WorkspaceRouting workspace(int agents, int heldEach, int queued) {
        TreeMap<String, Agent> seats = new TreeMap<>();
        IntStream.range(0, agents).forEach(n -> seats.put("agent-" + n, new Agent("agent-" + n, Presence.ONLINE, AT,
                null, 6, Map.of(), List.of("billing", "support"), List.of("fibre", "spanish"),
                IntStream.range(0, heldEach).mapToObj(k -> conversation("held-" + n + "-" + k, k)).toList(), AT)));
        List<Conversation> queue = IntStream.range(0, queued).mapToObj(n -> conversation("queued-" + n, n)).toList();
        return new WorkspaceRouting("demo", RoutingPolicy.defaults(), seats, queue, queued, Map.of(),
                List.of(AT, AT.plusSeconds(60)), 0);
    }

    private static Conversation conversation(String suffix, long arrival) {
        return new Conversation("6f1c1a0e-8a53-4f7b-9a53-" + suffix, Channel.WEBCHAT, Priority.NORMAL, null,
                List.of(), null, null, AT, arrival, UUID.randomUUID(), 1000, 3, null, null);
    }
}
