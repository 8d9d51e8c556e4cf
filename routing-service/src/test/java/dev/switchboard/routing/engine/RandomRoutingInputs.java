package dev.switchboard.routing.engine;

import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingInput;
import java.util.List;
import java.util.Random;

/** Draws plausible routing inputs for a few agents and conversations, mostly releases by the real holder. */
final class RandomRoutingInputs {

    private static final List<String> AGENTS = List.of("alice", "bob", "carol");
    private static final int CONVERSATIONS = 10;

    private final Random random;

    RandomRoutingInputs(long seed) {
        this.random = new Random(seed);
    }

    RoutingInput next(WorkspaceRouting state) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return RoutingInputs.waiting(conversation(), pick(List.of(Priority.values())));
        }
        if (roll < 70) {
            String conversationId = conversation();
            String agentId = random.nextInt(5) == 0 ? agent()
                    : state.holderOf(conversationId).map(Agent::agentId).orElseGet(this::agent);
            return RoutingInputs.released(conversationId, agentId);
        }
        return RoutingInputs.presence(agent(), presence(), random.nextInt(4));
    }

    private Presence presence() {
        int roll = random.nextInt(10);
        return roll < 5 ? Presence.ONLINE : roll < 7 ? Presence.AWAY : Presence.OFFLINE;
    }

    private String conversation() {
        return "c" + random.nextInt(CONVERSATIONS);
    }

    private String agent() {
        return pick(AGENTS);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
