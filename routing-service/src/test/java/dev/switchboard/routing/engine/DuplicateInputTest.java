package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.RoutingInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateInputTest {

    private final RoutingFloor floor = new RoutingFloor();

    @ParameterizedTest
    @ValueSource(strings = {"c1", "c2"})
    void aConversationWaitingAgainChangesNothing(String conversationId) {
        // Given c1 is held by alice and c2 queued
        floor.apply(online("alice", 1), waiting("c1"), waiting("c2"));
        WorkspaceRouting before = floor.state();

        // When either waits again
        var decisions = floor.apply(waiting(conversationId));

        // Then nothing is decided and nothing changes
        assertThat(decisions).isEmpty();
        assertThat(floor.state()).isEqualTo(before);
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
