package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.policy;
import static dev.switchboard.routing.engine.RoutingInputs.profile;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.RoutingStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void roundRobinHandsEachEligibleAgentATurnInIdOrderRegardlessOfLoad() {
        // Given a round-robin workspace with three agents
        floor.apply(policy(RoutingStrategy.ROUND_ROBIN, Map.of(), Map.of()), online("carol", 6), online("alice", 6),
                online("bob", 6));

        // When five conversations wait
        List<String> decisions = RoutingFloor.describe(floor.apply(waiting("c1"), waiting("c2"), waiting("c3"),
                waiting("c4"), waiting("c5")));

        // Then they go alice, bob, carol, alice, bob
        assertThat(decisions).containsExactly("c1->alice", "c2->bob", "c3->carol", "c4->alice", "c5->bob");
    }

    @Test
    void roundRobinSkipsAgentsWithoutRoom() {
        // Given a round-robin workspace where bob is full
        floor.apply(policy(RoutingStrategy.ROUND_ROBIN, Map.of(), Map.of()), online("bob", 1), waiting("c0"),
                online("alice", 6), online("carol", 6));

        // When three conversations wait
        List<String> decisions = RoutingFloor.describe(floor.apply(waiting("c1"), waiting("c2"), waiting("c3")));

        // Then bob's turn passes to the next with room
        assertThat(decisions).containsExactly("c1->carol", "c2->alice", "c3->carol");
    }

    @Test
    void aTeamCanHaveItsOwnStrategy() {
        // Given least-loaded by default but round-robin for billing, whose two agents hold unequal loads
        floor.apply(policy(RoutingStrategy.LEAST_LOADED, Map.of("billing", RoutingStrategy.ROUND_ROBIN), Map.of()),
                profile("alice", 6, List.of("billing"), List.of()), profile("bob", 6, List.of("billing"), List.of()),
                online("alice", 6), online("bob", 6), waiting("c0"), waiting("c00"), waiting("c000"));

        // When billing conversations wait
        var decisions = floor.apply(conversation("c1").team("billing").waiting(),
                conversation("c2").team("billing").waiting());

        // Then they take turns, and the decision names the team's strategy
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c1->alice", "c2->bob");
        assertThat(decisions).allSatisfy(decision -> assertThat(((ConversationRouted) decision).strategy())
                .isEqualTo(RoutingStrategy.ROUND_ROBIN));
    }
}
