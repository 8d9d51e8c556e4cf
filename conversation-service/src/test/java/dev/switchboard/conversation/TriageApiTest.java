package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationPrioritised;
import dev.switchboard.events.ConversationPriorityChanged;
import dev.switchboard.events.ConversationTeamChanged;
import dev.switchboard.events.ConversationUpdated;
import dev.switchboard.events.Priority;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code PATCH /api/v1/conversations/{id}}: priority, team and labels, told to subscribers and to routing. */
class TriageApiTest extends SwitchboardIntegrationTest {

    @Test
    void aWaitingConversationsNewPriorityAndTeamGoToRoutingAndEveryChangeIsAnnouncedOnce() {
        // Given a conversation waiting for an agent
        String id = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Outage?"));
        String path = "/api/v1/conversations/" + id;

        // When a supervisor sets its priority, team and labels (one twice), and then sends the same again
        Map<String, Object> triage = Map.of("priority", "HIGH", "team", "billing",
                "labels", List.of("vip", "outage", "vip"));
        AgentApi.Response first = api.patch(path, sam(), triage);
        AgentApi.Response repeated = api.patch(path, sam(), triage);

        // Then the conversation has them, each label once
        assertThat(first.status()).isEqualTo(200);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(first.text("priority")).isEqualTo("HIGH");
        assertThat(first.text("team")).isEqualTo("billing");
        assertThat(first.body().path("labels").valueStream().map(JsonNode::asString)).containsExactly("vip", "outage");
        // And subscribers and routing were told once
        assertThat(kafka.await(ConversationPriorityChanged.class, event -> event.conversationId().equals(id)).event())
                .satisfies(changed -> {
                    assertThat(changed.from()).isEqualTo(Priority.NORMAL);
                    assertThat(changed.to()).isEqualTo(Priority.HIGH);
                    assertThat(changed.agentId()).isEqualTo("sam");
                });
        assertThat(kafka.await(ConversationUpdated.class, event -> event.conversationId().equals(id)).event().labels())
                .containsExactly("vip", "outage");
        assertThat(kafka.await(ConversationPrioritised.class, event -> event.conversationId().equals(id)).key())
                .isEqualTo(InboundFixtures.WORKSPACE);
        assertThat(kafka.await(ConversationTeamChanged.class, event -> event.conversationId().equals(id)).event()
                .team()).isEqualTo("billing");

        // When the team is taken away
        assertThat(api.patch(path, sam(), Map.of("team", "none")).body().path("team").isNull()).isTrue();

        // Then routing hears of no team, and nothing of the repeated request was announced
        kafka.await(ConversationTeamChanged.class, event -> event.conversationId().equals(id) && event.team() == null);
        assertThat(kafka.matching(ConversationPriorityChanged.class, event -> event.conversationId().equals(id)))
                .hasSize(1);
        assertThat(kafka.matching(ConversationPrioritised.class, event -> event.conversationId().equals(id)))
                .hasSize(1);
    }

    @Test
    void aResolvedConversationTakesLabelsButNotAPriority() {
        // Given a resolved conversation
        String id = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Thanks"));
        String path = "/api/v1/conversations/" + id;
        assertThat(api.post(path + "/resolve", sam(), null).status()).isEqualTo(200);

        // When a supervisor labels it, then raises its priority
        AgentApi.Response labelled = api.patch(path, sam(), Map.of("labels", List.of("billing")));
        AgentApi.Response prioritised = api.patch(path, sam(), Map.of("priority", "URGENT"));

        // Then the label is kept and the priority refused
        assertThat(labelled.status()).isEqualTo(200);
        assertThat(prioritised.status()).isEqualTo(409);
        assertThat(prioritised.text("type")).isEqualTo("https://switchboard.dev/problems/conversation-resolved");
    }

    @Test
    void malformedChangesAreBadRequestsNamingTheField() {
        // Given a conversation
        String path = "/api/v1/conversations/" + deliver(InboundFixtures.webchatMessage(
                InboundFixtures.uniqueHandle(), "Hi"));

        // When / Then each malformed change names its field
        Map<Object, String> attempts = Map.of(
                Map.of("labels", List.of("VIP")), "labels[0]",
                Map.of("labels", List.of("$where")), "labels[0]",
                Map.of("priority", "SUPER"), "priority",
                Map.of("team", "$ne"), "team",
                Map.of(), "priority");
        attempts.forEach((body, field) -> {
            AgentApi.Response response = api.patch(path, sam(), body);
            assertThat(response.status()).as("%s", body).isEqualTo(400);
            assertThat(response.body().findValuesAsString("field")).as("%s", body).containsExactly(field);
        });
        assertThat(api.patch(path, sam(), Map.of("labels", Map.of("$gt", ""))).text("type"))
                .isEqualTo("https://switchboard.dev/problems/malformed-request");
    }

    private String sam() {
        return api.tokenFor("sam", "sam-local-pw");
    }
}
