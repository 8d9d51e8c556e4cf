package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.presence;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Presence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void goingOfflineRequeuesEverythingHeldAndReroutesToAgentsWithRoom() {
        // Given alice holds c1 and c2, and bob has room for one
        floor.apply(online("alice", 2), waiting("c1"), waiting("c2"), online("bob", 1));

        // When alice goes offline
        List<String> decisions = RoutingFloor.describe(floor.apply(presence("alice", Presence.OFFLINE, 2)));

        // Then both are requeued from her, the older goes to bob, and she holds nothing
        assertThat(decisions).containsExactly("c1 queued from alice", "c2 queued from alice", "c1->bob");
        assertThat(floor.heldBy("alice")).isEmpty();
        assertThat(floor.queue()).containsExactly("c2");
    }

    @Test
    void aRequeuedConversationGoesBackToItsOriginalPlaceInLine() {
        // Given alice holds c1 and c2 arrived later and waits
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"));

        // When alice goes offline
        floor.apply(presence("alice", Presence.OFFLINE, 1));

        // Then c1 stands ahead of c2, and is the first to be served
        assertThat(floor.queue()).containsExactly("c1", "c2");
        assertThat(RoutingFloor.describe(floor.apply(online("bob", 1)))).containsExactly("c1->bob");
    }

    @Test
    void anAwayAgentKeepsWhatTheyHoldButGetsNothingNew() {
        // Given alice holds c1 and steps away
        floor.apply(online("alice", 2), waiting("c1"), presence("alice", Presence.AWAY, 2));

        // When c2 waits
        List<String> decisions = RoutingFloor.describe(floor.apply(waiting("c2")));

        // Then it queues, alice keeps c1, and gets c2 once back online
        assertThat(decisions).containsExactly("c2 queued");
        assertThat(floor.heldBy("alice")).containsExactly("c1");
        assertThat(RoutingFloor.describe(floor.apply(online("alice", 2)))).containsExactly("c2->alice");
    }
}
