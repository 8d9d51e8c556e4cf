package dev.switchboard.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingCandidate;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.RoutingStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The room index lets routing look at a few agents instead of all of them. This checks, over seeded random runs
 * (arrivals, releases, presence, profiles with their own channel weights, policy changes), that after every input the
 * indexed choice for a conversation on every channel, of every team, equals the straightforward one: every agent on
 * the floor checked for eligibility, then ordered by the strategy.
 */
class AgentChoiceIndexTest {

    private static final int STEPS = 200;
    private static final List<@Nullable String> TEAMS = Arrays.asList(null, "billing", "support");
    private static final List<List<String>> SKILLS = List.of(List.of(), List.of("spanish"));

    @Test
    void theIndexedChoiceIsTheChoiceAmongEveryAgent() {
        int chosen = 0;
        for (long seed = 1; seed <= 24; seed++) {
            chosen += compareAlong(seed);
        }
        assertThat(chosen).as("the runs had agents with room to choose among").isGreaterThan(1_000);
    }

    /** Compares after every step of one seeded run; answers how many of the choices found someone. */
    private static int compareAlong(long seed) {
        // Given a random floor evolving input by input
        int agents = new int[] {4, 12, 40}[(int) (seed % 3)];
        RandomRoutingInputs inputs = new RandomRoutingInputs(seed, agents, agents * 8);
        Floor floor = Floor.of(WorkspaceRouting.empty(RoutingInputs.WORKSPACE));
        Instant now = RoutingInputs.T0;
        int chosen = 0;
        for (int step = 0; step < STEPS; step++) {
            now = now.plusSeconds(inputs.secondsUntilNext());
            RoutingInput input = inputs.next(floor.snapshot(), now);
            floor.apply(input, now);

            // When routing would choose for a conversation of each kind
            for (Channel channel : Channel.values()) {
                for (String team : TEAMS) {
                    for (List<String> skills : SKILLS) {
                        Conversation probe = probe(channel, team, skills, now);

                        // Then it chooses as if it had looked at everyone
                        List<String> indexed = AgentChoice.of(floor, probe, now)
                                .map(choice -> choice.candidates().stream().map(RoutingCandidate::agentId).toList())
                                .orElse(List.of());
                        assertThat(indexed).as("seed %d step %d after %s: %s", seed, step, input, probe)
                                .isEqualTo(everyAgent(floor, probe));
                        chosen += indexed.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        return chosen;
    }

    /** The best eligible agents, at most as many as a choice shows, found by checking every agent on the floor. */
    private static List<String> everyAgent(Floor floor, Conversation probe) {
        RoutingPolicy policy = floor.policy();
        List<Agent> eligible = new ArrayList<>(floor.snapshot().agents().values().stream()
                .filter(agent -> Eligibility.automatic(agent, probe, policy)).toList());
        if (policy.strategyFor(probe.team()) == RoutingStrategy.ROUND_ROBIN) {
            eligible.sort(Comparator.comparing(Agent::agentId));
            String cursor = floor.cursor(probe.team());
            int after = cursor == null ? 0 : (int) eligible.stream().filter(a -> a.agentId().compareTo(cursor) <= 0)
                    .count();
            List<Agent> turned = new ArrayList<>(eligible.subList(after, eligible.size()));
            turned.addAll(eligible.subList(0, after));
            eligible = turned;
        } else {
            eligible.sort(AgentChoice.LEAST_LOADED);
        }
        return eligible.stream().limit(AgentChoice.SHOWN).map(Agent::agentId).toList();
    }

    private static Conversation probe(Channel channel, @Nullable String team, List<String> skills, Instant now) {
        return new Conversation("probe", channel, Priority.NORMAL, team, skills, null, null, now, Long.MAX_VALUE,
                null, 0, 0, null, null, 0);
    }
}
