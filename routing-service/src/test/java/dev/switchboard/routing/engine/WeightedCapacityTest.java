package dev.switchboard.routing.engine;

import static dev.switchboard.routing.engine.RoutingInputs.conversation;
import static dev.switchboard.routing.engine.RoutingInputs.online;
import static dev.switchboard.routing.engine.RoutingInputs.policy;
import static dev.switchboard.routing.engine.RoutingInputs.profile;
import static dev.switchboard.routing.engine.RoutingInputs.released;
import static dev.switchboard.routing.engine.RoutingInputs.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedCapacityTest {

    private final RoutingFloor floor = new RoutingFloor();

    @Test
    void agentsDefaultToCapacitySixWhereAnEmailWeighsHalfAChat() {
        // Given an agent whose profile says nothing but their capacity of six
        floor.apply(profile("alice", 6, List.of(), List.of()), online("alice", 6));

        // When four chats and four emails wait
        for (int n = 1; n <= 4; n++) {
            floor.apply(waiting("chat-" + n), conversation("mail-" + n).channel(Channel.EMAIL).waiting());
        }

        // Then she holds all eight, at a load of exactly six
        assertThat(floor.heldBy("alice")).hasSize(8);
        assertThat(floor.agent("alice").load()).isEqualTo(6 * RoutingPolicy.WHOLE);
        assertThat(floor.queue()).isEmpty();
    }

    @Test
    void aConversationGoesOnlyWhereItsWeightFits() {
        // Given alice at 5.5 of 6
        floor.apply(online("alice", 6));
        for (int n = 1; n <= 5; n++) {
            floor.apply(waiting("chat-" + n));
        }
        floor.apply(conversation("mail-1").channel(Channel.EMAIL).waiting());

        // When a chat and then an email wait
        List<RoutingDecision> chat = floor.apply(waiting("chat-6"));
        List<RoutingDecision> email = floor.apply(conversation("mail-2").channel(Channel.EMAIL).waiting());

        // Then the chat waits (6.5 > 6) and the email goes to her, exactly at capacity
        assertThat(RoutingFloor.describe(chat)).containsExactly("chat-6 queued 1/1");
        assertThat(email).singleElement().isInstanceOfSatisfying(ConversationRouted.class,
                routed -> assertThat(routed.agentLoad()).isEqualTo(6.0));
    }

    @Test
    void weightsAreConfigurablePerWorkspaceAndPerAgentAndFixedWhenAssigned() {
        // Given the workspace weighs email 1.0, and bob has his own weight of 2.0 for SMS
        floor.apply(policy(RoutingStrategy.LEAST_LOADED, Map.of(), Map.of(Channel.EMAIL, 1.0)),
                profile("bob", 4, Map.of(Channel.SMS, 2.0), List.of(), List.of()), online("bob", 4));

        // When an email and an SMS go to bob
        floor.apply(conversation("mail-1").channel(Channel.EMAIL).waiting(),
                conversation("sms-1").channel(Channel.SMS).waiting());

        // Then his load is 3.0; and lowering the email weight later does not change what he already holds
        assertThat(floor.agent("bob").load()).isEqualTo(3 * RoutingPolicy.WHOLE);
        floor.apply(policy(RoutingStrategy.LEAST_LOADED, Map.of(), Map.of(Channel.EMAIL, 0.25)));
        assertThat(floor.agent("bob").load()).isEqualTo(3 * RoutingPolicy.WHOLE);
        floor.apply(released("mail-1", "bob"));
        assertThat(floor.agent("bob").load()).isEqualTo(2 * RoutingPolicy.WHOLE);
    }
}
