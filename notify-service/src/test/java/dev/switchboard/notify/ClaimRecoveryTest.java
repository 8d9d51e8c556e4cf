package dev.switchboard.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.delivery.log.Claim;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import dev.switchboard.notify.delivery.log.DeliveryState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reply whose sender died mid-send: held while the claim could still be alive, taken over once it cannot. */
class ClaimRecoveryTest extends NotifyIntegrationTest {

    private static final Duration LEASE = Duration.ofSeconds(7);

    @Autowired
    DeliveryLog deliveries;

    @Test
    void aRedeliveredReplyWaitsOutADeadSendersLeaseThenGoesOutOnce() {
        // Given a reply another sender claimed just now and will never settle (it crashed)
        String customer = ReplyFixtures.freshNumber();
        PROVIDERS.stubFor(post(urlPathEqualTo(TwilioDeliveryTest.MESSAGES)).withFormParam("To", equalTo(customer))
                .willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SMrecovered\"}")));
        AgentReplied reply = ReplyFixtures.reply("demo-sms", Channel.SMS, customer);
        Instant crashedAt = Instant.now();
        assertThat(deliveries.claim(reply, crashedAt, LEASE)).isInstanceOf(Claim.Claimed.class);

        // When Kafka hands the reply to notify again
        KafkaTestClient.publish(reply);

        // Then it is sent once, and not before the dead sender's claim expired
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                delivered -> {
                    assertThat(delivered.providerMessageId()).isEqualTo("SMrecovered");
                    assertThat(delivered.occurredAt()).isAfterOrEqualTo(crashedAt.plus(LEASE));
                });
        PROVIDERS.verify(exactly(1), postRequestedFor(urlPathEqualTo(TwilioDeliveryTest.MESSAGES))
                .withFormParam("To", equalTo(customer)));
        assertThat(deliveries.find(reply.messageId()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
    }
}
