package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.SelfAssignmentRequested;
import dev.switchboard.events.SupervisorAssignmentRequested;
import dev.switchboard.events.TransferRequested;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Self-assign, transfer and supervisor assignment ask routing (the one writer of loads) and never write here. */
class AssignmentApiTest extends SwitchboardIntegrationTest {

    @Test
    void anAgentTakesAWaitingConversationByAskingRouting() {
        // Given a conversation nobody holds yet
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));

        // When alice takes it from the queue
        AgentApi.Response response = api.post(path(conversationId, "self-assign"),
                api.tokenFor("alice", "alice-local-pw"), null);

        // Then the answer is the id of the request routing now decides on, keyed by the workspace
        assertThat(response.status()).isEqualTo(202);
        String requestId = response.text("requestId");
        KafkaProbe.Received<SelfAssignmentRequested> request = kafka.await(SelfAssignmentRequested.class,
                event -> event.eventId().toString().equals(requestId));
        assertThat(request.topic()).isEqualTo("routing-inputs");
        assertThat(request.key()).isEqualTo(InboundFixtures.WORKSPACE);
        assertThat(request.event().conversationId()).isEqualTo(conversationId);
        assertThat(request.event().agentId()).isEqualTo("alice");
    }

    @Test
    void aHeldConversationCannotBeSelfAssignedOnlyTransferredByItsHolder() {
        // Given a conversation alice holds
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, "alice");
        String bob = api.tokenFor("bob", "bob-local-pw");

        // When bob tries to take it or move it, and alice hands it to the billing team
        AgentApi.Response bobTakes = api.post(path(conversationId, "self-assign"), bob, null);
        AgentApi.Response bobMoves = api.post(path(conversationId, "transfer"), bob, Map.of("toAgentId", "bob"));
        AgentApi.Response aliceMoves = api.post(path(conversationId, "transfer"),
                api.tokenFor("alice", "alice-local-pw"), Map.of("toTeam", "billing"));

        // Then bob is refused with problems that say why, and alice's transfer goes to routing
        assertThat(bobTakes.status()).isEqualTo(409);
        assertThat(bobTakes.text("type")).isEqualTo("https://switchboard.dev/problems/already-assigned");
        assertThat(bobMoves.status()).isEqualTo(403);
        assertThat(bobMoves.text("type")).isEqualTo("https://switchboard.dev/problems/not-conversation-handler");
        assertThat(aliceMoves.status()).isEqualTo(202);
        TransferRequested transfer = kafka.await(TransferRequested.class,
                event -> event.eventId().toString().equals(aliceMoves.text("requestId"))).event();
        assertThat(transfer.requestedBy()).isEqualTo("alice");
        assertThat(transfer.toTeam()).isEqualTo("billing");
        assertThat(transfer.toAgentId()).isNull();
    }

    @Test
    void onlyASupervisorAssignsAndMayAskToExceedCapacity() {
        // Given a waiting conversation
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        Map<String, Object> toBob = Map.of("agentId", "bob", "overCapacity", true);

        // When alice (an agent) and sam (a supervisor) assign it to bob
        AgentApi.Response alices = api.post(path(conversationId, "assign"), api.tokenFor("alice", "alice-local-pw"),
                toBob);
        AgentApi.Response sams = api.post(path(conversationId, "assign"), api.tokenFor("sam", "sam-local-pw"), toBob);

        // Then only sam's request reaches routing, flagged as allowed past capacity
        assertThat(alices.status()).isEqualTo(403);
        assertThat(alices.text("type")).isEqualTo("https://switchboard.dev/problems/supervisor-only");
        assertThat(sams.status()).isEqualTo(202);
        SupervisorAssignmentRequested request = kafka.await(SupervisorAssignmentRequested.class,
                event -> event.eventId().toString().equals(sams.text("requestId"))).event();
        assertThat(request.supervisorId()).isEqualTo("sam");
        assertThat(request.agentId()).isEqualTo("bob");
        assertThat(request.overCapacity()).isTrue();
    }

    @Test
    void namesThatAreNotPlainIdsAndOtherWorkspacesConversationsAreRefused() {
        // Given a conversation of workspace demo, and a supervisor of workspace acme
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        seedAgent("omar-acme", "acme", AgentRole.SUPERVISOR, "omar-test-pw");
        String sam = api.tokenFor("sam", "sam-local-pw");

        // When sam names an operator instead of an agent, and omar assigns demo's conversation
        AgentApi.Response operator = api.post(path(conversationId, "assign"), sam, Map.of("agentId", "{\"$gt\":\"\"}"));
        AgentApi.Response foreign = api.post(path(conversationId, "assign"), api.tokenFor("omar-acme", "omar-test-pw"),
                Map.of("agentId", "bob"));

        // Then the first is a 400 naming the field, the second a 404 as if it did not exist
        assertThat(operator.status()).isEqualTo(400);
        assertThat(operator.body().findValuesAsString("field")).containsExactly("agentId");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("type")).isEqualTo("https://switchboard.dev/problems/conversation-not-found");
    }

    private static String path(String conversationId, String action) {
        return "/api/v1/conversations/" + conversationId + "/" + action;
    }
}
