package dev.switchboard.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When room appears for one agent, routing offers the queue to that agent alone. This compares it, input by input
 * over seeded random runs on small and larger floors, with the straightforward drain that asks every agent about
 * every waiting conversation: the same decisions (same agents, same ids) and the same state, every time.
 */
class TargetedDrainTest {

    private static final int STEPS = 300;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 30).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void drainingOneAgentDecidesWhatDrainingEveryAgentDecides(long seed) {
        // Given a random floor of a size picked by the seed, evolved by the optimized rules
        int agents = new int[] {4, 12, 40}[(int) (seed % 3)];
        RandomRoutingInputs inputs = new RandomRoutingInputs(seed, agents, agents * 8);
        Floor live = Floor.of(WorkspaceRouting.empty(RoutingInputs.WORKSPACE));
        WorkspaceRouting state = live.snapshot();
        Instant now = RoutingInputs.T0;
        int compared = 0;
        for (int step = 0; step < STEPS; step++) {
            now = now.plusSeconds(inputs.secondsUntilNext());
            boolean timer = inputs.timerFires();
            RoutingInput input = timer ? null : inputs.next(state, now);

            // When the same input (or timer) is applied to the same state both ways
            List<RoutingDecision> made = timer ? live.handBackDue(now) : live.apply(input, now);
            RoutingOutcome targeted = new RoutingOutcome(live.snapshot(), made);
            Floor rebuilt = Floor.of(state);
            List<RoutingDecision> madeByAll = timer ? RoutingRules.handBackDue(new EveryAgentRound(rebuilt, now))
                    : RoutingRules.apply(new EveryAgentRound(rebuilt, now), input);
            RoutingOutcome everyAgent = new RoutingOutcome(rebuilt.snapshot(), madeByAll);

            // Then both decide exactly the same and leave the same state
            assertThat(targeted).as("seed %d step %d: %s", seed, step, timer ? "timer" : input)
                    .isEqualTo(everyAgent);
            compared += targeted.decisions().size();
            state = targeted.state();
        }
        assertThat(compared).as("the run made decisions to compare").isPositive();
    }

    /** The straightforward drain: wherever routing drains for one agent, ask every agent instead. */
    private static final class EveryAgentRound extends RoutingRound {

        EveryAgentRound(Floor floor, Instant now) {
            super(floor, now);
        }

        @Override
        void drainFor(String agentId) {
            drain();
        }
    }
}
