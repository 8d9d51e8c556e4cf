package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.notify.security.TestTokens;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The dead-letter API: supervisors and admins of a workspace, and nobody else, see and replay its parked replies. */
class DeadLetterApiTest extends NotifyIntegrationTest {

    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    @Test
    void refusesCallersWithoutASupervisorOrAdminTokenAsProblems() throws Exception {
        // Given
        String agent = TestTokens.agent(ReplyFixtures.WORKSPACE, "alice");
        String visitor = TestTokens.visitor(ReplyFixtures.WORKSPACE, "demo-webchat", "visitor-7");

        // When
        HttpResponse<String> anonymous = AdminClient.get(http(DEAD_LETTERS), null);
        HttpResponse<String> asVisitor = AdminClient.post(http(DEAD_LETTERS + "/replay"), visitor);
        HttpResponse<String> asAgent = AdminClient.get(http(DEAD_LETTERS), agent);

        // Then
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(AdminClient.json(anonymous).get("type").asString())
                .isEqualTo("https://switchboard.dev/problems/invalid-token");
        assertThat(asVisitor.statusCode()).isEqualTo(401);
        assertThat(asAgent.statusCode()).isEqualTo(403);
        assertThat(AdminClient.json(asAgent).get("type").asString())
                .isEqualTo("https://switchboard.dev/problems/forbidden");
    }

    @Test
    void listsAndReplaysOnlyTheCallersWorkspaceAndEachReplayIsANewOutcome() throws Exception {
        // Given two replies parked in one workspace (their inbox is not one of its inboxes) and one in another
        String workspace = "ws-" + UUID.randomUUID();
        String other = "ws-" + UUID.randomUUID();
        List<AgentReplied> ours = List.of(unroutable(workspace), unroutable(workspace));
        AgentReplied theirs = unroutable(other);
        List<DeliveryEvent> firstOutcomes = new ArrayList<>();
        for (AgentReplied reply : List.of(ours.get(0), ours.get(1), theirs)) {
            KafkaTestClient.publish(reply);
            firstOutcomes.add(KafkaTestClient.finalOutcomeOf(reply.messageId()));
        }
        String supervisor = TestTokens.supervisor(workspace, "sam");

        // When
        JsonNode listed = AdminClient.json(AdminClient.get(http(DEAD_LETTERS), supervisor));
        HttpResponse<String> replayed = AdminClient.post(http(DEAD_LETTERS + "/replay"), supervisor);
        HttpResponse<String> notOurs = AdminClient.post(http(DEAD_LETTERS + "/" + theirs.messageId() + "/replay"),
                supervisor);

        // Then the list and the replay cover exactly our two, each replay ending in a new permanent failure
        assertThat(listed.valueStream().map(parked -> parked.get("messageId").asString()))
                .containsExactlyInAnyOrder(ours.get(0).messageId(), ours.get(1).messageId());
        assertThat(listed.get(0).get("reason").asString()).startsWith("no SMS inbox 'demo-sms'");
        assertThat(replayed.statusCode()).isEqualTo(202);
        assertThat(AdminClient.json(replayed).get("replayed").valueStream()
                .map(parked -> parked.get("generation").asInt())).containsExactly(1, 1);
        for (int i = 0; i < ours.size(); i++) {
            DeliveryEvent first = firstOutcomes.get(i);
            List<DeliveryEvent> outcomes = KafkaTestClient.eventsFor(ours.get(i).messageId(), event -> true, 2);
            assertThat(outcomes).hasSize(2).allSatisfy(event -> assertThat(event)
                    .isInstanceOfSatisfying(DeliveryFailed.class, failed -> assertThat(failed.permanent()).isTrue()));
            assertThat(outcomes.get(1).eventId()).isNotEqualTo(first.eventId());
        }
        assertThat(notOurs.statusCode()).isEqualTo(404);
        assertThat(AdminClient.json(notOurs).get("type").asString())
                .isEqualTo("https://switchboard.dev/problems/dead-letter-not-found");
        JsonNode theirsListed = AdminClient.json(AdminClient.get(http(DEAD_LETTERS),
                TestTokens.supervisor(other, "sam")));
        assertThat(theirsListed).hasSize(1);
        assertThat(theirsListed.get(0).get("generation").asInt()).isZero();
    }

    /** A reply whose inbox is not one of its workspace's: parked at once, no provider involved. */
    private static AgentReplied unroutable(String workspaceId) {
        return ReplyFixtures.reply(workspaceId, "demo-sms", Channel.SMS, ReplyFixtures.freshNumber(),
                ReplyFixtures.TEXT, List.of(), null);
    }
}
