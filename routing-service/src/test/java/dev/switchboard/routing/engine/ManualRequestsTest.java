package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.presence;
import static dev.switchboard.routing.engine.RoutingInputs.profile;
import static dev.switchboard.routing.engine.RoutingInputs.selfAssign;
import static dev.switchboard.routing.engine.RoutingInputs.supervisorAssign;
import static dev.switchboard.routing.engine.RoutingInputs.transfer;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.Presence;
import dev.switchboard.events.SupervisorAssignmentRequested;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualRequestsTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void anAgentTakesAWaitingConversationTheyLackTheSkillFor() {
        // Given c1 needs spanish and waits; bob has room but not the skill
        floor.apply(online("bob", 2), conversation("c1").skills("spanish").waiting());

        // When bob takes it himself
        // Then it is his, as a self-assignment
        assertThat(RoutingFloor.describe(floor.apply(selfAssign("c1", "bob")))).containsExactly("c1->bob (SELF)");
        assertThat(floor.queue()).isEmpty();
    }

    @Test
    void selfAssignmentIsRefusedOverCapacityWhenAwayOutsideTheTeamOrWhenSomeoneHoldsIt() {
        // Given dave and alice are full, c2 and a billing c1 wait, bob is away, carol is in support only
        floor.apply(online("dave", 1), waiting("c0"), online("alice", 1), waiting("c-mine"), waiting("c2"),
                conversation("c1").team("billing").waiting(), presence("bob", Presence.AWAY, 6),
                profile("carol", 0, List.of("support"), List.of()), online("carol", 0));

        // When each tries to take a conversation
        List<String> decisions = RoutingFloor.describe(floor.apply(selfAssign("c2", "alice"),
                selfAssign("c1", "bob"), selfAssign("c1", "carol"), selfAssign("c0", "carol"),
                selfAssign("c9", "carol"), selfAssign("c1", "zed")));

        // Then each is refused with its reason, and nothing moved
        assertThat(decisions).containsExactly("c2 rejected OVER_CAPACITY", "c1 rejected AGENT_UNAVAILABLE",
                "c1 rejected NOT_IN_TEAM", "c0 rejected ALREADY_ASSIGNED", "c9 rejected UNKNOWN_CONVERSATION",
                "c1 rejected UNKNOWN_AGENT");
        assertThat(floor.heldBy("alice")).containsExactly("c-mine");
        assertThat(floor.heldBy("dave")).containsExactly("c0");
        assertThat(floor.queue()).containsExactly("c2", "c1");
    }

    @Test
    void aTransferToAnAgentMovesItAndFreesTheFormerHoldersRoom() {
        // Given alice (capacity 1) holds c1, c2 waits, and bob has room
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"), online("bob", 2));
        assertThat(floor.heldBy("bob")).containsExactly("c2");

        // When c1 is transferred to bob
        List<String> decisions = RoutingFloor.describe(floor.apply(transfer("c1", "bob", null)));

        // Then bob gets it from alice
        assertThat(decisions).containsExactly("c1->bob (TRANSFER from alice)");
        assertThat(floor.heldBy("alice")).isEmpty();
    }

    @Test
    void aTransferToATeamGoesToSomeoneElseThereOrWaitsForThem() {
        // Given alice holds c1 and is the only billing agent online; bob is billing but offline
        floor.apply(profile("alice", 6, List.of("billing"), List.of()), profile("bob", 6, List.of("billing"),
                List.of()), online("alice", 6), waiting("c1"));

        // When c1 is transferred to billing
        List<String> away = RoutingFloor.describe(floor.apply(transfer("c1", null, "billing")));

        // Then it leaves alice and waits, not for her; once bob is online, it is his
        assertThat(away).containsExactly("c1 unassigned from alice 1/1");
        assertThat(floor.heldBy("alice")).isEmpty();
        assertThat(RoutingFloor.describe(floor.apply(online("bob", 6))))
                .containsExactly("c1->bob (TRANSFER from alice)");
    }

    @Test
    void aSupervisorMayExceedCapacityOnlyWhenSayingSoAndTheAssignmentIsFlagged() {
        // Given alice is full and c2 waits
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"));

        // When a supervisor assigns c2 to alice, first without and then with the override
        List<String> without = RoutingFloor.describe(floor.apply(supervisorAssign("c2", "alice", false)));
        SupervisorAssignmentRequested overriding = supervisorAssign("c2", "alice", true);
        var with = floor.apply(overriding);

        // Then the first is refused, the second flagged as an override, answering that request
        assertThat(without).containsExactly("c2 rejected OVER_CAPACITY");
        assertThat(RoutingFloor.describe(with)).containsExactly("c2->alice (SUPERVISOR OVERRIDE)");
        assertThat(((ConversationRouted) with.get(0)).requestId()).isEqualTo(overriding.eventId());
        assertThat(floor.agent("alice").load()).isEqualTo(2 * RoutingPolicy.WHOLE);
    }

    @Test
    void aSupervisorMovesAHeldConversationWithoutOverrideWhenItFits() {
        // Given alice holds c1 and bob has room
        floor.apply(online("alice", 2), waiting("c1"), online("bob", 2));

        // When a supervisor assigns it to bob, allowing an override that is not needed
        var decisions = floor.apply(supervisorAssign("c1", "bob", true));

        // Then it moves, unflagged
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c1->bob (SUPERVISOR from alice)");
        assertThat(floor.heldBy("alice")).isEmpty();
    }
}
