package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.selfAssign;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SelfAssignmentRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateInputTest {

    private final RoutingFloor floor = new RoutingFloor();

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aRedeliveredWaitingChangesNothing(int which) {
        // Given c1 is held by alice and c2 queued
        ConversationWaiting c1 = waiting("c1");
        ConversationWaiting c2 = waiting("c2");
        floor.apply(online("alice", 1), c1, c2);
        WorkspaceRouting before = floor.state();

        // When either request is delivered again
        var decisions = floor.apply(which == 0 ? c1 : c2);

        // Then nothing is decided and nothing changes (it was answered the first time)
        assertThat(decisions).isEmpty();
        assertThat(floor.state()).isEqualTo(before);
    }

    @Test
    void aRedeliveredSelfAssignmentChangesNothing() {
        // Given bob took c1 from the queue (it needs a skill he lacks, so routing would not give it to him)
        SelfAssignmentRequested take = selfAssign("c1", "bob");
        floor.apply(online("bob", 2), RoutingInputs.conversation("c1").skills("spanish").waiting(), take);
        assertThat(floor.heldBy("bob")).containsExactly("c1");
        WorkspaceRouting before = floor.state();

        // When the same request arrives again
        var decisions = floor.apply(take);

        // Then it is not answered twice
        assertThat(decisions).isEmpty();
        assertThat(floor.state()).isEqualTo(before);
    }

    @Test
    void aNewRequestForAHeldConversationIsRefusedAsAlreadyAssigned() {
        // Given alice holds c1
        floor.apply(online("alice", 2), waiting("c1"));

        // When c1 asks for an agent again with a new request
        // Then the request is answered, naming alice
        assertThat(RoutingFloor.describe(floor.apply(waiting("c1")))).containsExactly("c1 rejected ALREADY_ASSIGNED");
        assertThat(floor.heldBy("alice")).containsExactly("c1");
    }

    @Test
    void releasingAnUnknownConversationChangesNothing() {
        assertUnchangedBy(released("never-seen", "alice"));
    }

    @Test
    void aStaleReleaseNamingAnotherAgentChangesNothing() {
        assertUnchangedBy(released("c1", "bob"));
    }

    private void assertUnchangedBy(RoutingInput input) {
        // Given alice holds c1 and c2 waits
        floor.apply(online("alice", 1), online("bob", 0), waiting("c1"), waiting("c2"));
        WorkspaceRouting before = floor.state();

        // When the input arrives
        var decisions = floor.apply(input);

        // Then nothing is decided and nothing changes
        assertThat(decisions).isEmpty();
        assertThat(floor.state()).isEqualTo(before);
        assertThat(floor.heldBy("alice")).containsExactly("c1");
    }
}
