package dev.switchboard.bench.routing;

import static dev.switchboard.bench.routing.RoutingFixtures.NOW;
import static dev.switchboard.bench.routing.RoutingFixtures.WORKSPACE;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.WaitingReason;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The inputs the benchmarks apply, made up front so that building them (random ids above all) is not what is
 * measured, and cycled through so that each invocation meets a different conversation or agent.
 */
public final class InputFixtures {

    private InputFixtures() {
    }

    /** New conversations with the same mix of priority, channel, team and skills as the queue. */
    public static List<ConversationWaiting> arrivals(int count) {
        RandomGenerator random = new SplittableRandom(13);
        return IntStream.range(0, count).mapToObj(n -> new ConversationWaiting(RoutingFixtures.uuid(random), NOW,
                WORKSPACE, "arriving-" + n, "acme-inbox", RoutingFixtures.channel(random),
                RoutingFixtures.priority(random), RoutingFixtures.team(random), RoutingFixtures.requiredSkills(random),
                null, null, NOW, WaitingReason.NEW)).toList();
    }

    /** One resolved conversation of each online agent who holds any. */
    public static List<ConversationReleased> releases(WorkspaceRouting floor) {
        RandomGenerator random = new SplittableRandom(17);
        return floor.agents().values().stream().filter(agent -> !agent.held().isEmpty())
                .map(agent -> new ConversationReleased(RoutingFixtures.uuid(random), NOW, WORKSPACE,
                        agent.held().get(random.nextInt(agent.held().size())).conversationId(), agent.agentId(),
                        ReleaseReason.RESOLVED))
                .toList();
    }

    /** Each offline agent starting their shift with the default capacity. */
    public static List<AgentPresenceChanged> logins(WorkspaceRouting floor) {
        RandomGenerator random = new SplittableRandom(19);
        return floor.agents().values().stream().filter(agent -> agent.presence() == Presence.OFFLINE)
                .map(Agent::agentId)
                .map(agentId -> new AgentPresenceChanged(RoutingFixtures.uuid(random), NOW, WORKSPACE, agentId,
                        Presence.ONLINE, RoutingFixtures.CAPACITY))
                .toList();
    }
}
