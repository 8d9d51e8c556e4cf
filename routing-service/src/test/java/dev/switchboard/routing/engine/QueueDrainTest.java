package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.profile;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueDrainTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void anAgentComingOnlineDrainsTheQueueByPriorityThenAge() {
        // Given four conversations waiting with nobody online
        floor.apply(waiting("c1", Priority.NORMAL), waiting("c2", Priority.URGENT), waiting("c3", Priority.NORMAL),
                waiting("c4", Priority.HIGH));

        // When alice comes online with room for three
        List<String> decisions = RoutingFloor.describe(floor.apply(online("alice", 3)));

        // Then the most urgent go first, equal priorities oldest first, and the one left is told it is next
        assertThat(decisions).containsExactly("c2->alice", "c4->alice", "c1->alice", "c3 queued 1/1");
        assertThat(floor.queue()).containsExactly("c3");
    }

    @Test
    void theQueueIsOrderedByWhenEachStartedWaitingNotWhenRoutingHeardOfIt() {
        // Given two conversations, the later-announced one waiting since earlier
        floor.apply(conversation("c1").waitingSince(RoutingInputs.T0.plusSeconds(60)),
                conversation("c2").waitingSince(RoutingInputs.T0));

        // When an agent with room for one comes online
        // Then the one waiting longest goes first
        assertThat(RoutingFloor.describe(floor.apply(online("alice", 1)))).startsWith("c2->alice");
    }

    @Test
    void aReleaseFreesRoomAndDrainsTheQueue() {
        // Given alice is full and c2 waits
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"));

        // When alice releases c1
        List<String> decisions = RoutingFloor.describe(floor.apply(released("c1", "alice")));

        // Then c2 goes to her
        assertThat(decisions).containsExactly("c2->alice");
        assertThat(floor.heldBy("alice")).containsExactly("c2");
        assertThat(floor.queue()).isEmpty();
    }

    @Test
    void raisingCapacityOrANewAgentDrainsTheQueue() {
        // Given alice is full and c2 and c3 wait
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"), waiting("c3"));

        // When her capacity is raised, and then a new agent arrives by profile and comes online
        List<String> raised = RoutingFloor.describe(floor.apply(profile("alice", 2, List.of(), List.of())));
        List<String> arrived = RoutingFloor.describe(floor.apply(online("bob", 1)));

        // Then each change drains the queue
        assertThat(raised).startsWith("c2->alice");
        assertThat(arrived).containsExactly("c3->bob");
    }

    @Test
    void loweringCapacityBelowLoadTakesNothingAwayAndAssignsNothingUntilBelowIt() {
        // Given alice holds three, her capacity drops to one, and c4 waits
        floor.apply(online("alice", 3), waiting("c1"), waiting("c2"), waiting("c3"), online("alice", 1),
                waiting("c4"));
        assertThat(floor.heldBy("alice")).containsExactly("c1", "c2", "c3");

        // When she releases two of them, still at capacity
        List<String> atCapacity = RoutingFloor.describe(floor.apply(released("c1", "alice"), released("c2", "alice")));

        // Then nothing new is assigned until she is below capacity
        assertThat(atCapacity).isEmpty();
        assertThat(RoutingFloor.describe(floor.apply(released("c3", "alice")))).containsExactly("c4->alice");
    }

    @Test
    void aConversationNobodyCanTakeDoesNotHoldBackTheOnesBehindIt() {
        // Given an urgent billing conversation and a normal one wait, and alice is in no team
        floor.apply(conversation("c1").priority(Priority.URGENT).team("billing").waiting(), waiting("c2"));

        // When alice comes online
        List<String> decisions = RoutingFloor.describe(floor.apply(online("alice", 2)));

        // Then c2 goes to her, and c1 keeps waiting at the head of the line for a billing agent
        assertThat(decisions).containsExactly("c2->alice");
        assertThat(floor.queue()).containsExactly("c1");
    }

    @Test
    void releasingAWaitingConversationWithdrawsItFromTheQueue() {
        // Given c1 waits with nobody online
        floor.apply(waiting("c1"));

        // When it is released (resolved while waiting, nobody holding it) and an agent comes online
        List<String> decisions = RoutingFloor.describe(floor.apply(released("c1", null), online("alice", 2)));

        // Then it is never assigned
        assertThat(decisions).isEmpty();
        assertThat(floor.queue()).isEmpty();
    }
}
