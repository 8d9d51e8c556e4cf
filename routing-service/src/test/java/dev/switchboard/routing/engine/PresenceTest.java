package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.presence;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.Priority;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.UnassignmentReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void goingOfflineByChoiceHandsEverythingBackAtOnceAndReroutesItToAgentsWithRoom() {
        // Given alice holds c1 and c2, and bob has room for one
        floor.apply(online("alice", 2), waiting("c1"), waiting("c2"), online("bob", 1));

        // When alice chooses to go offline
        List<RoutingDecision> decisions = floor.apply(presence("alice", Presence.OFFLINE, 2));

        // Then both are unassigned from her in line order, the older goes to bob as a requeue, and she holds nothing
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c1 unassigned from alice 1/2",
                "c2 unassigned from alice 2/2", "c1->bob (REQUEUE from alice)", "c2 queued 1/1");
        assertThat(decisions.get(0)).isInstanceOfSatisfying(ConversationUnassigned.class,
                unassigned -> assertThat(unassigned.reason()).isEqualTo(UnassignmentReason.AGENT_OFFLINE));
        assertThat(floor.heldBy("alice")).isEmpty();
        assertThat(floor.queue()).containsExactly("c2");
    }

    @Test
    void aHandedBackConversationKeepsItsPriorityAndOriginalPlaceInLine() {
        // Given alice holds c1 (urgent, oldest), while c2 and c3 arrived later and wait
        floor.apply(online("alice", 1), waiting("c1", Priority.URGENT), waiting("c2"), waiting("c3"));

        // When alice goes offline
        floor.apply(presence("alice", Presence.OFFLINE, 1));

        // Then c1 stands ahead of both, waiting since it first did, and is the first served
        assertThat(floor.queue()).containsExactly("c1", "c2", "c3");
        assertThat(floor.state().queue().get(0).waitingSince()).isEqualTo(RoutingInputs.T0);
        assertThat(floor.state().queue().get(0).priority()).isEqualTo(Priority.URGENT);
        assertThat(RoutingFloor.describe(floor.apply(online("bob", 1)))).startsWith("c1->bob (REQUEUE from alice)");
    }

    @Test
    void aDroppedConnectionKeepsConversationsForTheGracePeriodThenHandsThemBack() {
        // Given alice holds c1 and bob has room
        floor.apply(online("alice", 2), waiting("c1"), online("bob", 2));

        // When alice's connection drops, and 59 s pass
        List<RoutingDecision> atDrop = floor.apply(presence("alice", Presence.OFFLINE, 2, PresenceReason.DISCONNECTED));
        List<RoutingDecision> withinGrace = floor.timePasses(Duration.ofSeconds(59));

        // Then nothing moves, and she gets nothing new meanwhile
        assertThat(atDrop).isEmpty();
        assertThat(withinGrace).isEmpty();
        assertThat(floor.heldBy("alice")).containsExactly("c1");
        assertThat(RoutingFloor.describe(floor.applyAt(floor.clock(), waiting("c2")))).containsExactly("c2->bob");

        // When the grace period ends
        List<RoutingDecision> afterGrace = floor.timePasses(Duration.ofMinutes(1));

        // Then c1 is handed back and re-routed to bob
        assertThat(RoutingFloor.describe(afterGrace)).containsExactly("c1 unassigned from alice 1/1",
                "c1->bob (REQUEUE from alice)");
    }

    @Test
    void returningWithinTheGracePeriodMovesNothing() {
        // Given alice holds c1 and her connection dropped
        floor.apply(online("alice", 2), waiting("c1"), online("bob", 2),
                presence("alice", Presence.OFFLINE, 2, PresenceReason.DISCONNECTED));

        // When she is back 30 s later, and the original grace period passes
        List<RoutingDecision> back = floor.applyAt(floor.clock().plusSeconds(30), online("alice", 2));
        List<RoutingDecision> later = floor.timePasses(Duration.ofMinutes(5));

        // Then she still holds c1 and nothing was decided
        assertThat(back).isEmpty();
        assertThat(later).isEmpty();
        assertThat(floor.heldBy("alice")).containsExactly("c1");
        assertThat(floor.agent("alice").handBackAt()).isNull();
    }

    @Test
    void aGracePeriodThatEndedIsHonouredByTheNextInputAsATimerWouldHaveDoneIt() {
        // Given two identical floors where alice's connection dropped while she held c1
        RoutingFloor byInput = droppedWhileHolding();
        RoutingFloor byTimer = droppedWhileHolding();

        // When one sees its next input two minutes later with no timer having fired, the other only a timer
        List<RoutingDecision> viaInput = byInput.applyAt(byInput.clock().plusSeconds(120), online("carol", 1));
        List<RoutingDecision> viaTimer = byTimer.timePasses(Duration.ofSeconds(120));

        // Then both hand c1 back and re-route it, as decisions with the same ids, named after the hand-back
        assertThat(RoutingFloor.describe(viaInput)).containsExactly("c1 unassigned from alice 1/1",
                "c1->bob (REQUEUE from alice)");
        assertThat(viaInput).extracting(RoutingDecision::eventId)
                .containsExactlyElementsOf(viaTimer.stream().map(RoutingDecision::eventId).toList());
    }

    private static RoutingFloor droppedWhileHolding() {
        RoutingFloor dropped = new RoutingFloor();
        dropped.apply(RoutingInputs.online("alice", 2), RoutingInputs.waiting("c1"), RoutingInputs.online("bob", 2),
                RoutingInputs.presence("alice", Presence.OFFLINE, 2, PresenceReason.DISCONNECTED));
        return dropped;
    }

    @Test
    void anAwayAgentKeepsWhatTheyHoldButGetsNothingNew() {
        // Given alice holds c1 and steps away
        floor.apply(online("alice", 2), waiting("c1"), presence("alice", Presence.AWAY, 2));

        // When c2 waits
        List<String> decisions = RoutingFloor.describe(floor.apply(waiting("c2")));

        // Then it queues, alice keeps c1, and gets c2 once back online
        assertThat(decisions).containsExactly("c2 queued 1/1");
        assertThat(floor.heldBy("alice")).containsExactly("c1");
        assertThat(RoutingFloor.describe(floor.apply(online("alice", 2)))).containsExactly("c2->alice");
    }
}
