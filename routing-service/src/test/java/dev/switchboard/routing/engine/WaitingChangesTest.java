package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.presence;
import static dev.switchboard.routing.engine.RoutingInputs.prioritised;
import static dev.switchboard.routing.engine.RoutingInputs.profile;
import static dev.switchboard.routing.engine.RoutingInputs.teamChanged;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationPrioritised;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingChangesTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void aWaitingConversationMadeUrgentMovesToTheFrontAndIsTold() {
        // Given three conversations wait
        floor.apply(waiting("c1"), waiting("c2"), waiting("c3"));
        ConversationPrioritised urgent = prioritised("c3", Priority.URGENT);

        // When the last becomes urgent
        var decisions = floor.apply(urgent);

        // Then it is first in line, told so in answer to the change, and the ones it passed are told too
        assertThat(floor.queue()).containsExactly("c3", "c1", "c2");
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c3 queued 1/3", "c1 queued 2/3",
                "c2 queued 3/3");
        assertThat(((ConversationQueued) decisions.get(0)).requestId()).isEqualTo(urgent.eventId());
    }

    @Test
    void aHeldConversationKeepsANewPriorityForWhenItIsHandedBack() {
        // Given alice holds c1 and c2 waits
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"));

        // When c1 is lowered to LOW and alice then goes offline
        List<String> lowered = RoutingFloor.describe(floor.apply(prioritised("c1", Priority.LOW)));
        floor.apply(presence("alice", Presence.OFFLINE, 1));

        // Then nothing was decided at the change, and c1 now stands behind c2
        assertThat(lowered).isEmpty();
        assertThat(floor.queue()).containsExactly("c2", "c1");
    }

    @Test
    void aWaitingConversationMovedToATeamWithRoomIsRoutedAtOnce() {
        // Given c1 waits for billing, and alice (support) is online with room
        floor.apply(profile("alice", 6, List.of("support"), List.of()), online("alice", 6),
                conversation("c1").team("billing").waiting());

        // When c1 moves to support
        // Then it goes to alice
        assertThat(RoutingFloor.describe(floor.apply(teamChanged("c1", "support")))).containsExactly("c1->alice");
    }
}
