package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.RoutingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueuePositionTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void theWaitIsEstimatedFromTheRecentAssignmentRate() {
        // Given alice took one conversation a minute for two minutes, then is full, and c4 and c5 wait
        floor.apply(online("alice", 1), waiting("c1"), released("c1", "alice"), waiting("c2"));
        assertThat(floor.state().recentAssignments()).hasSize(2);

        // When two more wait
        List<RoutingDecision> decisions = floor.apply(waiting("c3"), waiting("c4"));

        // Then each is told its position and a wait of position x two minutes (the mean interval)
        assertThat(decisions).extracting(decision -> ((ConversationQueued) decision).estimatedWaitSeconds())
                .containsExactly(120L, 240L);
    }

    @Test
    void aPositionIsReannouncedOnlyWhenItLeavesItsBand() {
        // Given twelve conversations wait behind a full agent
        floor.apply(online("alice", 1), waiting("c0"));
        for (int n = 1; n <= 12; n++) {
            floor.apply(waiting("c" + n));
        }

        // When the head is served (alice releases, c1 goes to her)
        List<String> decisions = RoutingFloor.describe(floor.apply(released("c0", "alice")));

        // Then those who moved into another position band are told their new place: every move among the first
        // seven places (c2-c8), 10 -> 9 (band 10-11 to 8-9) and 12 -> 11 (12-14 to 10-11); c9 (9 -> 8) and c11
        // (11 -> 10) stay in their bands and are not
        assertThat(decisions).containsExactly("c1->alice", "c2 queued 1/11", "c3 queued 2/11", "c4 queued 3/11",
                "c5 queued 4/11", "c6 queued 5/11", "c7 queued 6/11", "c8 queued 7/11", "c10 queued 9/11",
                "c12 queued 11/11");
    }
}
