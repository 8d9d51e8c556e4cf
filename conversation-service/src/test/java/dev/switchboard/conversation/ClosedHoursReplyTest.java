package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Author;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer who writes while the team is closed gets one auto-reply per conversation and closed period, on their
 * channel, saying when the team opens; the conversation keeps waiting for an agent (a snoozed one the customer writes
 * into wakes to wait, and gets the reply too).
 */
class ClosedHoursReplyTest extends SwitchboardIntegrationTest {

    /** Every day 08:00-22:00 in New York, where DST starts at 02:00 on Sunday 8 March 2026. */
    private static final Map<String, Object> NEW_YORK_DAYS = Map.of("timeZone", "America/New_York",
            "locale", "en-US", "schedule", Map.of("MONDAY", List.of("08:00-22:00"), "TUESDAY", List.of("08:00-22:00"),
                    "WEDNESDAY", List.of("08:00-22:00"), "THURSDAY", List.of("08:00-22:00"),
                    "FRIDAY", List.of("08:00-22:00"), "SATURDAY", List.of("08:00-22:00"),
                    "SUNDAY", List.of("08:00-22:00")));

    @Test
    void oneAutoReplyPerClosedPeriodEvenWhenAMessageIsRedelivered() {
        // Given a workspace open 08:00-22:00 in New York, and a customer writing at 01:30 EST on 8 March
        Workspace workspace = workspaceWithNewYorkHours();
        String handle = InboundFixtures.uniqueHandle();
        MessageReceived first = message(workspace, handle, "Help! My internet cut out", "2026-03-08T06:30:00Z");

        // When that message arrives, another arrives at 01:50, the first is redelivered, and the customer writes
        // again at 22:30 EDT, when the team has closed again
        String conversationId = deliver(first);
        deliver(message(workspace, handle, "Hello?", "2026-03-08T06:50:00Z"));
        kafka.send(first);
        deliver(message(workspace, handle, "Still down", "2026-03-09T02:30:00Z"));

        // Then exactly two replies went to the customer's channel, one per closed period, by Switchboard itself
        List<KafkaProbe.Received<AgentReplied>> replies = kafka.awaitCount(AgentReplied.class,
                replied -> replied.conversationId().equals(conversationId), 2);
        assertThat(replies).extracting(received -> received.event().text()).containsExactly(
                "We're closed right now — we open at 8:00 AM, and your message is in the queue.",
                "We're closed right now — we open at Monday 8:00 AM, and your message is in the queue.");
        assertThat(replies).allSatisfy(received -> {
            assertThat(received.topic()).isEqualTo("outbound-webchat");
            assertThat(received.event().recipient()).isEqualTo(handle);
            assertThat(received.event().agentId()).isEqualTo("business-hours");
        });
        assertThat(kafka.matching(MessageAppended.class, appended -> appended.conversationId().equals(conversationId)
                && appended.direction() == Direction.OUTBOUND))
                .extracting(received -> received.event().author().kind()).containsOnly(Author.Kind.SYSTEM);
        // and the conversation still waits for an agent, its history holding the three messages and two replies
        String path = "/api/v1/conversations/" + conversationId;
        assertThat(api.get(path, workspace.admin()).body().path("assigneeId").isNull()).isTrue();
        assertThat(api.get(path + "/messages", workspace.admin()).body().findValuesAsString("direction"))
                .containsExactlyInAnyOrder("INBOUND", "INBOUND", "INBOUND", "OUTBOUND", "OUTBOUND");
    }

    @Test
    void aCustomerWritingDuringOpeningHoursGetsNoAutoReply() {
        // Given the same hours, and a customer writing on Monday 9 March at 10:00 EDT (open)
        Workspace workspace = workspaceWithNewYorkHours();
        String handle = InboundFixtures.uniqueHandle();
        String conversationId = deliver(message(workspace, handle, "Quick question", "2026-03-09T14:00:00Z"));

        // When they write again that night at 23:00 EDT (closed)
        deliver(message(workspace, handle, "Anyone?", "2026-03-10T03:00:00Z"));

        // Then the only auto-reply answers the night message (the customer's thread is handled in order)
        List<KafkaProbe.Received<AgentReplied>> replies = kafka.awaitCount(AgentReplied.class,
                replied -> replied.conversationId().equals(conversationId), 1);
        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.event().text())
                .contains("we open at Tuesday 8:00 AM"));
    }

    @Test
    void aCustomerWritingIntoASnoozedConversationWhileClosedWakesItAndGetsTheAutoReply() {
        // Given the same hours, and a conversation opened on Monday 9 March at 10:00 EDT (open), assigned to an
        // agent who snoozed it
        Workspace workspace = workspaceWithNewYorkHours();
        String agentId = "sol-" + workspace.id();
        seedAgent(agentId, workspace.id(), AgentRole.AGENT, "sol-test-pw");
        String handle = InboundFixtures.uniqueHandle();
        String conversationId = deliver(message(workspace, handle, "Quick question", "2026-03-09T14:00:00Z"));
        kafka.send(InboundFixtures.routed(workspace.id(), conversationId, agentId));
        kafka.await(ConversationAssigned.class, assigned -> assigned.conversationId().equals(conversationId));
        String path = "/api/v1/conversations/" + conversationId;
        assertThat(api.post(path + "/snooze", api.tokenFor(agentId, "sol-test-pw"),
                Map.of("until", Instant.now().plus(Duration.ofDays(1)))).status()).isEqualTo(200);

        // When the customer writes into it that night at 23:00 EDT (closed)
        deliver(message(workspace, handle, "Anyone?", "2026-03-10T03:00:00Z"));

        // Then it woke and waits for an agent again, and the customer got the closed-hours reply
        KafkaProbe.Received<AgentReplied> reply = kafka.await(AgentReplied.class,
                replied -> replied.conversationId().equals(conversationId));
        assertThat(reply.event().text()).contains("we open at Tuesday 8:00 AM");
        AgentApi.Response conversation = api.get(path, workspace.admin());
        assertThat(conversation.text("status")).isEqualTo("OPEN");
        assertThat(conversation.body().path("assigneeId").isMissingNode()
                || conversation.body().path("assigneeId").isNull()).isTrue();
    }

    private Workspace workspaceWithNewYorkHours() {
        String id = "hours-" + UUID.randomUUID();
        String admin = adminOf(id);
        assertThat(api.put("/api/v1/workspace/settings", admin, NEW_YORK_DAYS).status()).isEqualTo(200);
        return new Workspace(id, admin);
    }

    private static MessageReceived message(Workspace workspace, String handle, String text, String at) {
        return InboundFixtures.webchatMessage(workspace.id(), handle, text, Instant.parse(at));
    }

    /** A workspace of one test, and its admin's token. */
    private record Workspace(String id, String admin) {
    }
}
