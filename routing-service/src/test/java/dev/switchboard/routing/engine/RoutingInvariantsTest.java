package dev.switchboard.routing.engine;

import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over random interleavings with fixed seeds (a failure names its seed and step, so it replays):
 * guarantees 1-3 hold after every single input, and on the decision stream as a consumer reads it.
 */
class RoutingInvariantsTest {

    private static final int SEQUENCES_PER_SEED = 20;
    private static final int STEPS = 80;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 25).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyGuaranteeHoldsAfterEveryInput(long seed) {
        for (int sequence = 0; sequence < SEQUENCES_PER_SEED; sequence++) {
            runSequence(seed * 1_000 + sequence);
        }
    }

    private static void runSequence(long seed) {
        // Given an empty workspace and a random stream of inputs, some of them redelivered
        RandomRoutingInputs inputs = new RandomRoutingInputs(seed);
        Floor live = Floor.of(WorkspaceRouting.empty(RoutingInputs.WORKSPACE));
        WorkspaceRouting state = live.snapshot();
        RoutingGuarantees guarantees = new RoutingGuarantees();
        Set<String> entered = new HashSet<>();
        Set<Object> answered = new HashSet<>();
        List<String> history = new ArrayList<>();
        Instant now = RoutingInputs.T0;
        for (int step = 0; step < STEPS; step++) {
            now = now.plusSeconds(inputs.secondsUntilNext());
            String where = "seed " + seed + " step " + step + " after " + history;
            if (inputs.timerFires()) {
                // When time alone passes
                List<RoutingDecision> made = live.handBackDue(now);
                RoutingOutcome outcome = new RoutingOutcome(live.snapshot(), made);
                history.add("timer@" + now);
                // Then every guarantee holds, and the floor kept live decided what one rebuilt from the state would
                guarantees.check(state, null, outcome, entered, now, where);
                guarantees.checkReplay(RoutingRules.handBackDue(state, now), outcome, where);
                state = outcome.state();
                continue;
            }
            // When an input is applied
            RoutingInput input = inputs.next(state, now);
            boolean redelivered = !answered.add(input.eventId());
            history.add(input.getClass().getSimpleName() + (redelivered ? "(again)" : ""));
            List<RoutingDecision> made = live.apply(input, now);
            RoutingOutcome outcome = new RoutingOutcome(live.snapshot(), made);
            track(entered, outcome.state(), input);

            // Then every guarantee holds, and a replay of the same input on the state rebuilt from its stored value
            // decides the same as the floor kept live (so its indexes stay true from input to input)
            guarantees.check(state, input, outcome, entered, now, where);
            guarantees.checkAnswers(input, redelivered, outcome.decisions(), where);
            guarantees.checkReplay(RoutingRules.apply(state, input, now), outcome, where);
            state = outcome.state();
        }
    }

    /** What should be in routing: everything that asked for an agent; only a release of it may take it out. */
    private static void track(Set<String> entered, WorkspaceRouting after, RoutingInput input) {
        if (input instanceof ConversationWaiting waiting) {
            entered.add(waiting.conversationId());
        } else if (input instanceof ConversationReleased released
                && after.holderOf(released.conversationId()).isEmpty()
                && !after.isQueued(released.conversationId())) {
            entered.remove(released.conversationId());
        }
    }

    static List<RoutingDecision> about(List<RoutingDecision> decisions, String conversationId) {
        return decisions.stream().filter(decision -> decision.conversationId().equals(conversationId)).toList();
    }
}
