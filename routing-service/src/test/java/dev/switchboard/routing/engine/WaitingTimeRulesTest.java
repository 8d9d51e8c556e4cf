package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.T0;
import static dev.switchboard.routing.engine.RoutingInputs.WORKSPACE;
import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.nextId;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingPolicyChanged;
import dev.switchboard.events.RoutingStrategy;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The optional waiting-time rules: a priority bump per span waited, and skills dropped after a wait. */
class WaitingTimeRulesTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void aLongWaitRaisesPriorityOneLevelPerSpanSoItOvertakesNewerWork() {
        // Given a bump every 10 minutes, alice full, a LOW conversation waiting since T0 and a NORMAL one since T0+15m
        floor.apply(rules(600L, null), online("alice", 1), waiting("c0"));
        floor.apply(conversation("c-low").priority(Priority.LOW).waiting(),
                conversation("c-new").waitingSince(T0.plus(Duration.ofMinutes(15))));
        assertThat(floor.queue()).containsExactly("c-new", "c-low");

        // When time passes to 25 minutes after c-low started waiting (floor clock is T0+5m)
        var decisions = RoutingFloor.describe(floor.timePasses(Duration.ofMinutes(20)));

        // Then c-low has risen two levels (LOW to HIGH), goes ahead and is told so; and it is what alice gets next
        assertThat(floor.state().queue().get(0).priority()).isEqualTo(Priority.HIGH);
        assertThat(floor.queue()).containsExactly("c-low", "c-new");
        assertThat(decisions).contains("c-low queued 1/2");
        assertThat(RoutingFloor.describe(floor.apply(released("c0", "alice")))).first().isEqualTo("c-low->alice");
    }

    @Test
    void aBumpNeverGoesPastUrgentAndIsAppliedOncePerSpan() {
        // Given a bump every minute and a HIGH conversation nobody can take
        floor.apply(rules(60L, null), waiting("c1", Priority.HIGH));

        // When an hour passes, in two steps
        floor.timePasses(Duration.ofMinutes(30));
        var later = floor.timePasses(Duration.ofMinutes(30));

        // Then it is URGENT, and the second step changed nothing more
        assertThat(floor.state().queue().get(0).priority()).isEqualTo(Priority.URGENT);
        assertThat(later).isEmpty();
    }

    @Test
    void aConversationWaitingPastTheRelaxationTimeGoesToAnAgentWithoutTheSkill() {
        // Given skills are dropped after 5 minutes, bob has none, and a conversation needs Spanish
        floor.apply(rules(null, 300L), online("bob", 2));
        floor.apply(conversation("c-es").skills("spanish").waiting());
        assertThat(floor.queue()).containsExactly("c-es");

        // When 5 minutes pass since it started waiting
        var decisions = RoutingFloor.describe(floor.timePasses(Duration.ofMinutes(5)));

        // Then it goes to bob
        assertThat(decisions).containsExactly("c-es->bob");
    }

    @Test
    void withoutTheRulesWaitingChangesNothing() {
        // Given the default policy, bob without skills, and a conversation needing Spanish
        floor.apply(online("bob", 2), conversation("c-es").skills("spanish").priority(Priority.LOW).waiting());

        // When a day passes
        var decisions = floor.timePasses(Duration.ofDays(1));

        // Then it still waits, as LOW, needing Spanish
        assertThat(decisions).isEmpty();
        assertThat(floor.state().queue().get(0).priority()).isEqualTo(Priority.LOW);
        assertThat(floor.state().queue().get(0).requiredSkills()).containsExactly("spanish");
    }

    private static RoutingPolicyChanged rules(@Nullable Long bumpSeconds, @Nullable Long relaxSeconds) {
        return new RoutingPolicyChanged(nextId(), T0, WORKSPACE, RoutingStrategy.LEAST_LOADED, Map.of(), Map.of(),
                null, Map.of(), bumpSeconds, relaxSeconds);
    }
}
