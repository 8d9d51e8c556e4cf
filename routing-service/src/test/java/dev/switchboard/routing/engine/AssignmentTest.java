package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RoutingDecision;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void theLeastLoadedOnlineAgentGetsTheConversation() {
        // Given alice already holds one conversation and bob none
        floor.apply(online("alice", 6), waiting("c1"), online("bob", 6));

        // When another conversation waits
        List<RoutingDecision> decisions = floor.apply(waiting("c2"));

        // Then bob gets it, and the decision carries his load after the assignment
        assertThat(decisions).singleElement().isInstanceOfSatisfying(ConversationRouted.class, routed -> {
            assertThat(routed.agentId()).isEqualTo("bob");
            assertThat(routed.agentLoad()).isEqualTo(1);
            assertThat(routed.agentCapacity()).isEqualTo(6);
        });
    }

    @Test
    void equalLoadGoesToTheAgentWithTheLowerLoadRatio() {
        // Given alice (capacity 2) and bob (capacity 4) each hold one conversation
        floor.apply(online("alice", 2), online("bob", 4), waiting("c1"), waiting("c2"));

        // When a third waits
        List<RoutingDecision> decisions = floor.apply(waiting("c3"));

        // Then bob, at 1/4 rather than 1/2, gets it
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c3->bob");
    }

    @Test
    void equalLoadAndRatioGoesToWhoeverWaitedLongestSinceTheirLastAssignment() {
        // Given bob and zoe each hold one, bob's assigned after zoe's
        floor.apply(online("bob", 6), online("zoe", 6), waiting("c1"), waiting("c2"), released("c1", "bob"),
                waiting("c3"));
        assertThat(floor.heldBy("bob")).containsExactly("c3");

        // When another waits
        List<RoutingDecision> decisions = floor.apply(waiting("c4"));

        // Then zoe, idle longer, gets it even though bob sorts first by id
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c4->zoe");
    }

    @Test
    void aCompleteTieGoesToTheFirstAgentId() {
        // Given two fresh agents alike in every way
        floor.apply(online("bob", 6), online("alice", 6));

        // When a conversation waits
        List<RoutingDecision> decisions = floor.apply(waiting("c1"));

        // Then alice gets it
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c1->alice");
    }

    @Test
    void aConversationQueuesWhenNoOnlineAgentHasRoom() {
        // Given alice is full
        floor.apply(online("alice", 1), waiting("c1"));

        // When two more wait
        List<RoutingDecision> decisions = floor.apply(waiting("c2"), waiting("c3"));

        // Then both queue, each announced with the queue's length
        assertThat(decisions).allSatisfy(decision -> assertThat(decision).isInstanceOf(ConversationQueued.class));
        assertThat(decisions).extracting(decision -> ((ConversationQueued) decision).queueLength())
                .containsExactly(1, 2);
        assertThat(floor.queue()).containsExactly("c2", "c3");
    }

    @Test
    void decisionIdsDeriveFromTheInputSoAReplayDecidesTheSame() {
        // Given a workspace with one agent
        floor.apply(online("alice", 6));
        ConversationWaiting input = waiting("c1");

        // When the same input is applied twice to the same state
        RoutingOutcome first = RoutingRules.apply(floor.state(), input, floor.clock());
        RoutingOutcome replay = RoutingRules.apply(floor.state(), input, floor.clock());

        // Then the decisions are identical, id derived from the input's id and index, stamped now
        assertThat(replay).isEqualTo(first);
        RoutingDecision decision = first.decisions().get(0);
        assertThat(decision.eventId())
                .isEqualTo(UUID.nameUUIDFromBytes((input.eventId() + "#0").getBytes(StandardCharsets.UTF_8)));
        assertThat(decision.occurredAt()).isEqualTo(floor.clock());
    }
}
