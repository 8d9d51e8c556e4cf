package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Web chat replies end to end: from outbound-webchat to the visitor's widget, with an outcome on delivery-events. */
class WebchatDeliveryIntegrationTest extends NotifyIntegrationTest {

    private static final String INBOX = "demo-webchat";

    private final String workspace = "ws-" + UUID.randomUUID();
    private final String visitor = "visitor-" + UUID.randomUUID();

    @Test
    void deliversTheReplyToTheVisitorsWidgetAndSaysSo() throws Exception {
        // Given
        try (TestSocket widget = TestSocket.open(visitorSocket(INBOX, visitor))) {
            AgentReplied reply = reply(Channel.WEBCHAT, visitor);
            // When
            KafkaTestClient.publish(reply);
            // Then
            JsonNode frame = widget.nextFrame();
            assertThat(frame.get("type").asString()).isEqualTo("message");
            assertThat(frame.get("messageId").asString()).isEqualTo(reply.messageId());
            assertThat(frame.get("conversationId").asString()).isEqualTo(reply.conversationId());
            assertThat(frame.get("text").asString()).isEqualTo("Let's get you back online.");
            assertThat(frame.at("/author/id").asString()).isEqualTo("alice");
            assertThat(KafkaTestClient.deliveryOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                    delivered -> assertThat(delivered.channel()).isEqualTo(Channel.WEBCHAT));
        }
    }

    @Test
    void reportsAFailureWhenTheVisitorHasNoOpenWidget() throws Exception {
        // Given: another visitor of the same inbox is connected, the recipient is not
        try (TestSocket someoneElse = TestSocket.open(visitorSocket(INBOX, "someone-else"))) {
            AgentReplied reply = reply(Channel.WEBCHAT, visitor);
            // When
            KafkaTestClient.publish(reply);
            // Then
            assertThat(KafkaTestClient.deliveryOf(reply.messageId())).isInstanceOfSatisfying(DeliveryFailed.class,
                    failed -> {
                        assertThat(failed.reason()).isEqualTo("visitor not connected");
                        assertThat(failed.permanent()).isFalse();
                        assertThat(failed.attempts()).isEqualTo(1);
                    });
        }
    }

    @Test
    void parksAReplyForAnInboxNotConfiguredOnItsChannelInsteadOfDroppingIt() throws Exception {
        // Given an SMS reply naming the web chat inbox
        AgentReplied reply = reply(Channel.SMS, "+15550100");
        // When
        KafkaTestClient.publish(reply);
        // Then
        assertThat(KafkaTestClient.deliveryOf(reply.messageId())).isInstanceOfSatisfying(DeliveryFailed.class,
                failed -> {
                    assertThat(failed.reason()).isEqualTo("no SMS inbox 'demo-webchat' is configured for this "
                            + "workspace");
                    assertThat(failed.permanent()).isTrue();
                    assertThat(failed.attempts()).isZero();
                });
    }

    @Test
    void aReplyRedeliveredByKafkaReachesTheWidgetOnce() throws Exception {
        // Given
        try (TestSocket widget = TestSocket.open(visitorSocket(INBOX, visitor))) {
            AgentReplied reply = reply(Channel.WEBCHAT, visitor);
            AgentReplied next = new AgentReplied(UUID.randomUUID(), Instant.now(), workspace,
                    reply.conversationId(), UUID.randomUUID().toString(), INBOX, Channel.WEBCHAT, visitor, "alice",
                    "Is it back?", List.of(), null);
            // When the reply comes twice, then the next reply of the conversation
            KafkaTestClient.publish(reply);
            KafkaTestClient.publish(reply);
            KafkaTestClient.publish(next);
            // Then the widget shows each reply once
            assertThat(widget.nextFrame().get("messageId").asString()).isEqualTo(reply.messageId());
            assertThat(KafkaTestClient.deliveryOf(next.messageId())).isInstanceOf(MessageDelivered.class);
            assertThat(widget.nextFrame().get("messageId").asString()).isEqualTo(next.messageId());
        }
    }

    @Test
    void refusesTheHandshakeWithoutAValidTokenForThisInbox() {
        // Given
        String expired = TestTokens.mint(TestTokens.VISITOR_SECRET, "switchboard-webchat", visitor,
                Map.of("ws", workspace, "inbox", INBOX), Instant.now().minus(Duration.ofMinutes(5)));
        // When / Then
        assertThat(TestSocket.refusedStatus(socket("/ws/webchat/" + INBOX))).isEqualTo(401);
        assertThat(TestSocket.refusedStatus(socket("/ws/webchat/" + INBOX + "?token=" + expired))).isEqualTo(401);
        assertThat(TestSocket.refusedStatus(visitorSocketWithTokenFor("demo-sms"))).isEqualTo(401);
    }

    private URI visitorSocket(String inboxId, String visitorId) {
        return socket("/ws/webchat/" + inboxId + "?token=" + TestTokens.visitor(workspace, inboxId, visitorId));
    }

    private URI visitorSocketWithTokenFor(String otherInbox) {
        return socket("/ws/webchat/" + INBOX + "?token=" + TestTokens.visitor(workspace, otherInbox, visitor));
    }

    private AgentReplied reply(Channel channel, String recipient) {
        return new AgentReplied(UUID.randomUUID(), Instant.now(), workspace, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), INBOX, channel, recipient, "alice", "Let's get you back online.",
                List.of(), null);
    }
}
