package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.presence;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.Presence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StickyRoutingTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void aReturningCustomerGoesToTheAgentWhoLastHelpedThemEvenIfBusier() {
        // Given bob is busier than alice, and helped this customer an hour ago
        floor.apply(online("bob", 6), waiting("c0"), online("alice", 6));

        // When the customer comes back
        var decisions = floor.apply(conversation("c1").preferring("bob", floor.clock().minus(Duration.ofHours(1)))
                .waiting());

        // Then bob gets it, as a sticky assignment with no strategy, alice still shown as the best candidate
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c1->bob (STICKY)");
        ConversationRouted routed = (ConversationRouted) decisions.get(0);
        assertThat(routed.strategy()).isNull();
        assertThat(routed.candidates().get(0).agentId()).isEqualTo("alice");
    }

    @Test
    void stickinessEndsWithTheWindow() {
        // Given bob helped this customer 25 hours ago (the default window is 24 h)
        floor.apply(online("bob", 6), waiting("c0"), online("alice", 6));

        // When the customer comes back
        var decisions = floor.apply(conversation("c1").preferring("bob", floor.clock().minus(Duration.ofHours(25)))
                .waiting());

        // Then the least-loaded agent gets it
        assertThat(RoutingFloor.describe(decisions)).containsExactly("c1->alice");
    }

    @Test
    void anIneligiblePreferredAgentIsPassedOver() {
        // Given the preferred agent is away
        floor.apply(online("alice", 6), online("bob", 6), presence("bob", Presence.AWAY, 6));

        // When the customer comes back
        List<String> decisions = RoutingFloor.describe(floor.apply(conversation("c1").preferring("bob", null)
                .waiting()));

        // Then someone eligible gets it rather than it waiting for bob
        assertThat(decisions).containsExactly("c1->alice");
    }
}
