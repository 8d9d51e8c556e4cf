package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamsAndSkillsTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void aTeamsConversationGoesOnlyToAnAgentOfThatTeam() {
        // Given alice (idle, no team) and bob (billing, already busier)
        floor.apply(profile("bob", 6, List.of("billing"), List.of()), online("bob", 6),
                RoutingInputs.waiting("c0"), online("alice", 6));

        // When a billing conversation waits
        // Then bob gets it although alice is less loaded
        assertThat(RoutingFloor.describe(floor.apply(conversation("c1").team("billing").waiting())))
                .containsExactly("c1->bob");
    }

    @Test
    void anAgentNeedsEveryRequiredSkill() {
        // Given alice speaks spanish, bob speaks spanish and knows fibre
        floor.apply(profile("alice", 6, List.of(), List.of("spanish")), online("alice", 6),
                profile("bob", 6, List.of(), List.of("fibre", "spanish")), online("bob", 6),
                RoutingInputs.waiting("c0"));
        assertThat(floor.heldBy("alice")).containsExactly("c0");

        // When conversations needing spanish, then spanish and fibre, then a skill nobody has wait
        List<String> decisions = RoutingFloor.describe(floor.apply(
                conversation("c1").skills("spanish").waiting(),
                conversation("c2").skills("spanish", "fibre").waiting(),
                conversation("c3").skills("german").waiting()));

        // Then each goes to an agent with every skill it needs, and the last waits
        assertThat(decisions).containsExactly("c1->bob", "c2->bob", "c3 queued 1/1");
    }

    @Test
    void joiningATeamDrainsItsQueue() {
        // Given a billing conversation waits and alice is online outside the team
        floor.apply(online("alice", 6), conversation("c1").team("billing").waiting());

        // When alice joins billing
        // Then it goes to her
        assertThat(RoutingFloor.describe(floor.apply(profile("alice", 6, List.of("billing"), List.of()))))
                .containsExactly("c1->alice");
    }
}
