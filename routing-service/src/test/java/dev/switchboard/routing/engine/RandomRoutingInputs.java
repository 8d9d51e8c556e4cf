package dev.switchboard.routing.engine;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.RoutingPolicyChanged;
import dev.switchboard.events.RoutingStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Random routing inputs over a small floor (by default four agents, two teams, two skills, twelve conversations), so
 * that conflicts are frequent: arrivals, releases (mostly by the real holder), presence and profile changes, policy
 * changes, priority and team changes, manual requests, and now and then a redelivery of an earlier input.
 */
final class RandomRoutingInputs {

    private static final List<String> NAMED = List.of("alice", "bob", "carol", "dave");
    private static final List<String> TEAMS = List.of("billing", "support");
    private static final List<String> SKILLS = List.of("spanish", "fibre");

    private final RandomGenerator random;
    private final List<String> agents;
    private final int conversations;
    private final List<RoutingInput> sent = new ArrayList<>();

    RandomRoutingInputs(long seed) {
        this(seed, NAMED, 12);
    }

    /** A larger floor: {@code agents} agents and {@code conversations} conversation ids to draw from. */
    RandomRoutingInputs(long seed, int agents, int conversations) {
        this(seed, IntStream.range(0, agents).mapToObj(n -> "agent-" + n).toList(), conversations);
    }

    private RandomRoutingInputs(long seed, List<String> agents, int conversations) {
        this.random = new java.util.Random(seed);
        this.agents = agents;
        this.conversations = conversations;
    }

    RoutingInput next(WorkspaceRouting state, Instant now) {
        RoutingInput input = random.nextInt(100) < 3 && !sent.isEmpty() ? pick(sent) : fresh(state, now);
        sent.add(input);
        return input;
    }

    /** Whether time alone should pass this step (the topology's timer), rather than an input arrive. */
    boolean timerFires() {
        return random.nextInt(100) < 5;
    }

    int secondsUntilNext() {
        return random.nextInt(45);
    }

    private RoutingInput fresh(WorkspaceRouting state, Instant now) {
        int roll = random.nextInt(100);
        String conversation = "c" + random.nextInt(conversations);
        if (roll < 30) {
            return arrival(conversation, now);
        }
        if (roll < 50) {
            String holder = state.holderOf(conversation).map(Agent::agentId).orElse(null);
            return RoutingInputs.released(conversation, random.nextInt(5) == 0 || holder == null ? maybeAgent()
                    : holder);
        }
        if (roll < 65) {
            return presence();
        }
        if (roll < 71) {
            return RoutingInputs.profile(agent(), random.nextInt(5), weights(), subset(TEAMS), subset(SKILLS));
        }
        if (roll < 73) {
            RoutingPolicyChanged policy = RoutingInputs.policy(pick(List.of(RoutingStrategy.values())),
                    Map.of(pick(TEAMS), pick(List.of(RoutingStrategy.values()))), weights());
            return new RoutingPolicyChanged(policy.eventId(), policy.occurredAt(), policy.workspaceId(),
                    policy.strategy(), policy.teamStrategies(), policy.channelWeights(), policy.stickyWindowSeconds(),
                    policy.offlineGraceSeconds(), random.nextBoolean() ? null : 60L + random.nextInt(600),
                    random.nextBoolean() ? null : 60L + random.nextInt(600));
        }
        return request(roll, conversation);
    }

    private RoutingInput request(int roll, String conversation) {
        if (roll < 78) {
            return RoutingInputs.prioritised(conversation, pick(List.of(Priority.values())));
        }
        if (roll < 82) {
            return RoutingInputs.teamChanged(conversation, random.nextBoolean() ? null : pick(TEAMS));
        }
        if (roll < 88) {
            return RoutingInputs.selfAssign(conversation, agent());
        }
        if (roll < 94) {
            return RoutingInputs.transfer(conversation, random.nextBoolean() ? agent() : null,
                    random.nextBoolean() ? pick(TEAMS) : null);
        }
        return RoutingInputs.supervisorAssign(conversation, agent(), random.nextBoolean());
    }

    private RoutingInput arrival(String conversation, Instant now) {
        RoutingInputs.Arrival arrival = RoutingInputs.conversation(conversation)
                .channel(pick(List.of(Channel.values()))).priority(pick(List.of(Priority.values())));
        if (random.nextInt(10) < 3) {
            arrival = arrival.team(pick(TEAMS));
        }
        if (random.nextInt(10) < 2) {
            arrival = arrival.skills(pick(SKILLS));
        }
        if (random.nextInt(10) < 3) {
            arrival = arrival.preferring(agent(), now.minusSeconds(random.nextInt(30 * 3600)));
        }
        return arrival.waitingSince(now.minusSeconds(random.nextInt(600)));
    }

    private AgentPresenceChanged presence() {
        int roll = random.nextInt(10);
        Presence presence = roll < 5 ? Presence.ONLINE : roll < 7 ? Presence.AWAY : Presence.OFFLINE;
        return RoutingInputs.presence(agent(), presence, random.nextInt(5), pick(List.of(PresenceReason.values())));
    }

    private Map<Channel, Double> weights() {
        return random.nextBoolean() ? Map.of() : Map.of(pick(List.of(Channel.values())),
                pick(List.of(0.25, 0.5, 1.0, 1.5)));
    }

    private List<String> subset(List<String> values) {
        return values.stream().filter(value -> random.nextBoolean()).toList();
    }

    private @Nullable String maybeAgent() {
        return random.nextInt(4) == 0 ? null : agent();
    }

    private String agent() {
        return pick(agents);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
