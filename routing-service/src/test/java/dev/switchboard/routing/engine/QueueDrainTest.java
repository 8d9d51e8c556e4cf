package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
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

        // Then the most urgent go first, equal priorities oldest first, and the rest keeps waiting
        assertThat(decisions).containsExactly("c2->alice", "c4->alice", "c1->alice");
        assertThat(floor.queue()).containsExactly("c3");
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
    void raisingCapacityDrainsTheQueue() {
        // Given alice is full and c2 waits
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"));

        // When her capacity is raised
        List<String> decisions = RoutingFloor.describe(floor.apply(online("alice", 2)));

        // Then c2 goes to her
        assertThat(decisions).containsExactly("c2->alice");
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
    void releasingAQueuedConversationWithdrawsItFromTheQueue() {
        // Given c1 waits with nobody online
        floor.apply(waiting("c1"));

        // When it is released (resolved while waiting) and an agent comes online
        List<String> decisions = RoutingFloor.describe(floor.apply(released("c1", "alice"), online("alice", 2)));

        // Then it is never assigned
        assertThat(decisions).isEmpty();
        assertThat(floor.queue()).isEmpty();
    }
}
