package dev.switchboard.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import dev.switchboard.notify.delivery.log.DeliveryState;
import dev.switchboard.notify.security.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** One channel's backlog never blocks another's: each outbound topic has its own consumer. */
class ChannelIsolationTest extends NotifyIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    DeliveryLog deliveries;

    @Test
    void aSlowFailingSmsProviderHoldsUpNeitherEmailNorWebChatReplies() throws Exception {
        // Given Twilio answers this customer's messages only after 3 s (our limit is 1 s), and then with a 503
        String customer = ReplyFixtures.freshNumber();
        PROVIDERS.stubFor(post(urlPathEqualTo(TwilioDeliveryTest.MESSAGES)).withFormParam("To", equalTo(customer))
                .willReturn(TwilioDeliveryTest.twilioError(503, 20503, "Service unavailable").withFixedDelay(3_000)));
        AgentReplied sms = ReplyFixtures.reply("demo-sms", Channel.SMS, customer);
        String visitor = "visitor-" + UUID.randomUUID();
        try (TestSocket widget = TestSocket.open(socket("/ws/webchat/demo-webchat?token="
                + TestTokens.visitor(ReplyFixtures.WORKSPACE, "demo-webchat", visitor)))) {

            // When the SMS reply is stuck retrying (the agent has been told it is failing) ...
            KafkaTestClient.publish(sms);
            assertThat(KafkaTestClient.deliveryOf(sms.messageId())).isInstanceOf(DeliveryFailed.class);
            long start = System.nanoTime();
            // ... and replies on other channels come
            AgentReplied email = ReplyFixtures.reply("demo-email", Channel.EMAIL, "cleo@example.com");
            AgentReplied chat = ReplyFixtures.reply("demo-webchat", Channel.WEBCHAT, visitor);
            KafkaTestClient.publish(email);
            KafkaTestClient.publish(chat);

            // Then both are out within seconds, while the SMS reply is still being retried
            assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(widget.nextFrame().get("messageId").asString()).isEqualTo(chat.messageId());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(KafkaTestClient.finalOutcomeOf(email.messageId())).isInstanceOf(MessageDelivered.class);
            assertThat(deliveries.find(sms.messageId()).orElseThrow().state()).isEqualTo(DeliveryState.CLAIMED);
        }
        // Then, in the end, the SMS reply is parked with what went wrong
        assertThat(KafkaTestClient.finalOutcomeOf(sms.messageId())).isInstanceOfSatisfying(DeliveryFailed.class,
                failed -> {
                    assertThat(failed.permanent()).isTrue();
                    assertThat(failed.attempts()).isEqualTo(8);
                    assertThat(failed.reason()).startsWith("gave up after 8 attempts: ");
                });
    }
}
