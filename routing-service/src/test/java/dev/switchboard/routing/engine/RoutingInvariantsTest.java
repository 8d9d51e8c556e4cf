package dev.switchboard.routing.engine;

import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.RoutingInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over random input sequences with fixed seeds (a failure names its seed and step, so it replays):
 * the promises of the product brief hold after every single input.
 */
class RoutingInvariantsTest {

    private static final int SEQUENCES_PER_SEED = 20;
    private static final int STEPS = 60;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 25).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyInvariantHoldsAfterEveryInput(long seed) {
        for (int sequence = 0; sequence < SEQUENCES_PER_SEED; sequence++) {
            runSequence(seed * 1_000 + sequence);
        }
    }

    private static void runSequence(long seed) {
        // Given an empty workspace and a random stream of inputs
        RandomRoutingInputs inputs = new RandomRoutingInputs(seed);
        WorkspaceRouting state = WorkspaceRouting.empty(RoutingInputs.WORKSPACE);
        Set<String> entered = new HashSet<>();
        List<String> history = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            // When each input is applied
            RoutingInput input = inputs.next(state);
            history.add(input.toString());
            RoutingOutcome outcome = RoutingRules.apply(state, input, RoutingInputs.T0.plusSeconds(step));
            track(entered, state, input);

            // Then every invariant holds
            int at = step;
            Supplier<String> where = () -> "seed " + seed + " step " + at + " after " + history;
            assertInvariants(state, outcome, entered, where);
            state = outcome.state();
        }
    }

    /** What should be in routing: everything that waited, minus what its holder (or the queue) released. */
    private static void track(Set<String> entered, WorkspaceRouting before, RoutingInput input) {
        if (input instanceof ConversationWaiting waiting) {
            entered.add(waiting.conversationId());
        } else if (input instanceof ConversationReleased released) {
            boolean byHolder = before.holderOf(released.conversationId())
                    .filter(holder -> holder.agentId().equals(released.agentId())).isPresent();
            if (byHolder || before.isQueued(released.conversationId())) {
                entered.remove(released.conversationId());
            }
        }
    }

    private static void assertInvariants(WorkspaceRouting before, RoutingOutcome outcome, Set<String> entered,
            Supplier<String> where) {
        WorkspaceRouting after = outcome.state();
        List<String> placed = new ArrayList<>(after.queue().stream().map(QueuedConversation::conversationId).toList());
        after.agents().values().forEach(agent -> agent.held().forEach(held -> placed.add(held.conversationId())));
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(placed).as(() -> "held by one agent or queued, never both, never twice; " + where.get())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(entered);
        after.agents().values().forEach(agent -> {
            Agent previous = before.agents().get(agent.agentId());
            int allowed = Math.max(agent.capacity(), previous == null ? 0 : previous.load());
            softly.assertThat(agent.load()).as(() -> "capacity of " + agent.agentId() + "; " + where.get())
                    .isLessThanOrEqualTo(allowed);
            if (agent.presence() == Presence.OFFLINE) {
                softly.assertThat(agent.held())
                        .as(() -> "offline " + agent.agentId() + " holds nothing; " + where.get()).isEmpty();
            }
            if (!after.queue().isEmpty()) {
                softly.assertThat(agent.hasRoom())
                        .as(() -> agent.agentId() + " idles while the queue waits; " + where.get())
                        .isFalse();
            }
        });
        outcome.decisions().stream().filter(ConversationRouted.class::isInstance).map(ConversationRouted.class::cast)
                .forEach(routed -> softly.assertThat(routed.agentLoad())
                        .as(() -> "routed within capacity; " + where.get())
                        .isLessThanOrEqualTo(routed.agentCapacity()));
        softly.assertAll();
    }
}
