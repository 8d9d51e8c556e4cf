package dev.switchboard.routing;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SupervisorAssignmentRequested;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.RoutingOutcome;
import dev.switchboard.routing.engine.RoutingRules;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded stream of routing inputs for several workspaces, interleaved, each stamped with its record time, and the
 * decisions a single uninterrupted instance would make for it (the plain-Java core as the oracle). Releases name
 * the agent the oracle says holds the conversation, as conversation-service would.
 */
final class FailoverScript {

    private static final List<String> AGENTS = List.of("a1", "a2", "a3");

    final List<Timed> inputs = new ArrayList<>();
    final List<RoutingDecision> expected = new ArrayList<>();
    private final Map<String, WorkspaceRouting> oracle = new HashMap<>();
    private final Random random;
    private final Instant start;
    private int conversations;

    FailoverScript(long seed, List<String> workspaces, int rounds, Instant start) {
        this.random = new Random(seed);
        this.start = start;
        workspaces.forEach(workspaceId -> AGENTS.forEach(agentId -> add(presence(workspaceId, agentId,
                Presence.ONLINE))));
        for (int round = 0; round < rounds; round++) {
            workspaces.forEach(workspaceId -> add(next(workspaceId)));
        }
    }

    /** One input and the record time it is published with. */
    record Timed(RoutingInput input, Instant at) {
    }

    private void add(RoutingInput input) {
        Instant at = start.plusMillis(inputs.size() * 10L);
        WorkspaceRouting state = oracle.getOrDefault(input.workspaceId(), WorkspaceRouting.empty(input.workspaceId()));
        RoutingOutcome outcome = RoutingRules.apply(state, input, at);
        oracle.put(input.workspaceId(), outcome.state());
        expected.addAll(outcome.decisions());
        inputs.add(new Timed(input, at));
    }

    private RoutingInput next(String workspaceId) {
        int roll = random.nextInt(100);
        List<String> held = oracle.get(workspaceId).agents().values().stream()
                .flatMap(agent -> agent.held().stream().map(conversation -> conversation.conversationId()))
                .toList();
        if (roll < 30 && !held.isEmpty()) {
            String conversationId = held.get(random.nextInt(held.size()));
            String holder = oracle.get(workspaceId).holderOf(conversationId).map(Agent::agentId).orElseThrow();
            return new ConversationReleased(UUID.randomUUID(), start, workspaceId, conversationId, holder,
                    ReleaseReason.RESOLVED);
        }
        if (roll < 40) {
            return presence(workspaceId, AGENTS.get(random.nextInt(AGENTS.size())),
                    random.nextBoolean() ? Presence.ONLINE : Presence.OFFLINE);
        }
        if (roll < 45) {
            return new SupervisorAssignmentRequested(UUID.randomUUID(), start, workspaceId,
                    workspaceId + "-c" + random.nextInt(conversations + 1), "sam",
                    AGENTS.get(random.nextInt(AGENTS.size())), true);
        }
        conversations++;
        return new ConversationWaiting(UUID.randomUUID(), start, workspaceId, workspaceId + "-c" + conversations,
                "inbox", random.nextBoolean() ? Channel.WEBCHAT : Channel.EMAIL,
                Priority.values()[random.nextInt(Priority.values().length)]);
    }

    private AgentPresenceChanged presence(String workspaceId, String agentId, Presence presence) {
        return new AgentPresenceChanged(UUID.randomUUID(), start, workspaceId, agentId, presence,
                1 + random.nextInt(3));
    }
}
