package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.events.AgentUnassigned;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.QueuePositionChanged;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.UnassignmentReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** routing-service's decisions arriving on {@code conversation-assignments}, recorded and announced. */
class RoutingDecisionFlowTest extends SwitchboardIntegrationTest {

    @Test
    void aRoutedConversationRecordsItsAssigneeAndAnnouncesIt() {
        // Given an open conversation
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));

        // When routing assigns it to alice
        kafka.send(InboundFixtures.routed(conversationId, "alice"));

        // Then ConversationAssigned is published and alice is the recorded assignee
        KafkaProbe.Received<ConversationAssigned> assigned = kafka.await(ConversationAssigned.class,
                event -> event.conversationId().equals(conversationId));
        assertThat(assigned.event().agentId()).isEqualTo("alice");
        assertThat(assigned.event().previousAgentId()).isNull();
        assertThat(assigned.ceType()).isEqualTo("dev.switchboard.conversation.assigned.v1");
        assertThat(assigned.key()).isEqualTo(conversationId);
        assertThat(assigneeOf(conversationId)).isEqualTo("alice");
    }

    @Test
    void aReassignmentNamesThePreviousAgentAndAnUnassignmentPutsItBackToWaiting() {
        // Given a conversation assigned to alice
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, "alice");

        // When routing moves it to bob
        kafka.send(InboundFixtures.routed(conversationId, "bob"));

        // Then the announcement names alice as the previous agent
        assertThat(kafka.await(ConversationAssigned.class, event -> event.conversationId().equals(conversationId)
                && event.agentId().equals("bob")).event().previousAgentId()).isEqualTo("alice");

        // When a rejected request about it arrives, and then bob goes offline and routing takes it back from him
        kafka.send(InboundFixtures.rejected(conversationId, "carol"));
        kafka.send(InboundFixtures.unassigned(conversationId, "bob"));

        // Then the rejection changed nothing, nobody holds it any more, and subscribers hear it waits again
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(assigneeOf(conversationId)).isEmpty());
        KafkaProbe.Received<AgentUnassigned> unassigned = kafka.await(AgentUnassigned.class,
                event -> event.conversationId().equals(conversationId));
        assertThat(unassigned.ceType()).isEqualTo("dev.switchboard.conversation.unassigned.v1");
        assertThat(unassigned.event().previousAgentId()).isEqualTo("bob");
        assertThat(unassigned.event().reason()).isEqualTo(UnassignmentReason.AGENT_OFFLINE);
        assertThat(kafka.await(QueuePositionChanged.class, event -> event.conversationId().equals(conversationId))
                .event().position()).isEqualTo(1);
    }

    @Test
    void aPlaceInLineIsRecordedAndAnnouncedOncePerDecision() {
        // Given a waiting conversation
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));

        // When routing queues it at place 3 and the same decision is redelivered, then moves it to place 1
        ConversationQueued third = InboundFixtures.queued(conversationId, 3, 4);
        kafka.send(third);
        kafka.send(third);
        kafka.send(InboundFixtures.queued(conversationId, 1, 4));

        // Then the place shows, and each decision was announced once
        List<KafkaProbe.Received<QueuePositionChanged>> places = kafka.awaitCount(QueuePositionChanged.class,
                event -> event.conversationId().equals(conversationId), 2);
        assertThat(places).extracting(received -> received.event().position()).containsExactly(3, 1);
        assertThat(places.get(0).ceType()).isEqualTo("dev.switchboard.conversation.queued.v1");
        assertThat(api.get("/api/v1/conversations/" + conversationId, api.tokenFor("sam", "sam-local-pw"))
                .body().path("queuePosition").asInt()).isEqualTo(1);
    }

    @Test
    void aConversationResolvedBeforeRoutingDecidedHandsTheAgentBack() {
        // Given a conversation a supervisor resolved while it was waiting
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Nvm"));
        resolveAsSupervisor(conversationId);

        // When routing's late decision assigns it to alice
        kafka.send(InboundFixtures.routed(conversationId, "alice"));

        // Then alice's capacity is released instead, and the conversation stays unassigned
        KafkaProbe.Received<ConversationReleased> released = kafka.await(ConversationReleased.class,
                event -> event.conversationId().equals(conversationId) && event.agentId() != null);
        assertThat(released.event().agentId()).isEqualTo("alice");
        assertThat(released.event().reason()).isEqualTo(ReleaseReason.RESOLVED);
        assertThat(assigneeOf(conversationId)).isEmpty();
    }

    @Test
    void aReturningCustomerAsksRoutingForTheAgentWhoHelpedThemLast() {
        // Given a customer whose conversation bob handled and resolved
        String handle = InboundFixtures.uniqueHandle();
        String first = deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        assign(first, "bob");
        resolveAsSupervisor(first);

        // When the customer writes again past the reopen window, opening a new conversation
        String second = deliver(InboundFixtures.webchatMessageAfterReopenWindow(handle, "Me again"));

        // Then routing is asked to prefer bob for it
        KafkaProbe.Received<ConversationWaiting> waiting = kafka.await(ConversationWaiting.class,
                event -> event.conversationId().equals(second));
        assertThat(second).isNotEqualTo(first);
        assertThat(waiting.event().preferredAgentId()).isEqualTo("bob");
        assertThat(waiting.event().lastHelpedAt()).isNotNull();
    }

    @Test
    void resolvingAConversationNobodyHeldWithdrawsItFromRouting() {
        // Given a conversation still waiting for an agent
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Nvm"));

        // When a supervisor resolves it
        resolveAsSupervisor(conversationId);

        // Then routing is told it no longer needs an agent, naming nobody
        KafkaProbe.Received<ConversationReleased> released = kafka.await(ConversationReleased.class,
                event -> event.conversationId().equals(conversationId));
        assertThat(released.event().agentId()).isNull();
    }

    private void resolveAsSupervisor(String conversationId) {
        String sam = api.tokenFor("sam", "sam-local-pw");
        assertThat(api.post("/api/v1/conversations/" + conversationId + "/resolve", sam, null).status())
                .isEqualTo(200);
    }

    private String assigneeOf(String conversationId) {
        AgentApi.Response conversation = api.get("/api/v1/conversations/" + conversationId,
                api.tokenFor("sam", "sam-local-pw"));
        assertThat(conversation.status()).isEqualTo(200);
        return conversation.body().path("assigneeId").asString("");
    }
}
