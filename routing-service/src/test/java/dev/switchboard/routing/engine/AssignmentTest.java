package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AssignmentReason;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RoutingCandidate;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void theLeastLoadedOnlineAgentGetsTheConversationAndTheDecisionExplainsWhy() {
        // Given alice already holds one conversation and bob none
        floor.apply(online("alice", 6), waiting("c1"), online("bob", 6));
        ConversationWaiting c2 = waiting("c2");

        // When another conversation waits
        List<RoutingDecision> decisions = floor.apply(c2);

        // Then bob gets it, with his load after it, the strategy, the candidates before it, and the request answered
        assertThat(decisions).singleElement().isInstanceOfSatisfying(ConversationRouted.class, routed -> {
            assertThat(routed.agentId()).isEqualTo("bob");
            assertThat(routed.agentLoad()).isEqualTo(1.0);
            assertThat(routed.agentCapacity()).isEqualTo(6);
            assertThat(routed.reason()).isEqualTo(AssignmentReason.AUTO);
            assertThat(routed.strategy()).isEqualTo(RoutingStrategy.LEAST_LOADED);
            assertThat(routed.candidates()).containsExactly(new RoutingCandidate("bob", 0.0, 6),
                    new RoutingCandidate("alice", 1.0, 6));
            assertThat(routed.previousAgentId()).isNull();
            assertThat(routed.override()).isFalse();
            assertThat(routed.requestId()).isEqualTo(c2.eventId());
        });
    }

    @Test
    void theLowestLoadToCapacityRatioWinsOverTheLowestLoad() {
        // Given alice (capacity 2) holds one and bob (capacity 6) holds two
        floor.apply(online("bob", 6), waiting("c1"), waiting("c2"), online("alice", 2), waiting("c3"));
        assertThat(floor.heldBy("bob")).hasSize(2);
        assertThat(floor.heldBy("alice")).hasSize(1);

        // When a fourth waits
        List<RoutingDecision> decisions = floor.apply(waiting("c4"));

        // Then bob, at 2/6 rather than alice's 1/2, gets it
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c4->bob");
    }

    @Test
    void equalRatioGoesToWhoeverWaitedLongestSinceTheirLastAssignment() {
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

        // Then both queue, each told its position and the queue's length
        assertThat(decisions).allSatisfy(decision -> assertThat(decision).isInstanceOf(ConversationQueued.class));
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c2 queued 1/1", "c3 queued 2/2");
        assertThat(floor.queue()).containsExactly("c2", "c3");
    }

    @Test
    void decisionIdsNumberTheWorkspacesDecisionsSoAReplayDecidesTheSameAndARedeliveryAnew() {
        // Given a workspace with one agent that has made one decision
        floor.apply(online("alice", 1), waiting("c0"));
        ConversationWaiting input = waiting("c1");

        // When the same input is applied twice to the same state
        RoutingOutcome first = RoutingRules.apply(floor.state(), input, floor.clock());
        RoutingOutcome replay = RoutingRules.apply(floor.state(), input, floor.clock());

        // Then the decisions are identical, the id naming the workspace's second decision, stamped now
        assertThat(replay).isEqualTo(first);
        RoutingDecision decision = first.decisions().get(0);
        assertThat(decision.eventId()).isEqualTo(Decisions.idOf("demo", 1));
        assertThat(decision.eventId()).isNotEqualTo(Decisions.idOf("demo", 0)).isNotEqualTo(Decisions.idOf("demo2", 1));
        assertThat(decision.eventId().version()).isEqualTo(8);
        assertThat(decision.occurredAt()).isEqualTo(floor.clock());
        assertThat(first.state().decisions()).isEqualTo(2);
    }
}
