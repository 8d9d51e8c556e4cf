package dev.switchboard.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusChanged;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.notify.delivery.log.PendingReceipts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Providers' receipts for our replies, in through {@code inbound-<channel>} as ingest-service publishes them, out as
 * {@code DeliveryStatusChanged} on {@code delivery-events}: once per change, never backwards. Each test ends with a
 * receipt that must publish a change; receipts of one thread are handled in order and one conversation's delivery
 * events are read in order, so when that last change is seen, everything before it has been published.
 */
class ProviderReceiptsTest extends NotifyIntegrationTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    PendingReceipts pending;

    @Test
    void aReceiptForASentReplyPublishesOneChangeAndTheSameReceiptReadAgainNone() {
        // Given a sent SMS reply, and Twilio's "delivered" callback for it
        String conversation = UUID.randomUUID().toString();
        String customer = ReplyFixtures.freshNumber();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        AgentReplied reply = sentSms(conversation, customer, "first", sid);
        DeliveryStatusReported delivered = smsReceipt(customer, sid, DeliveryStatus.DELIVERED, T0);

        // When the receipt comes twice (a redelivered record), then the "read" one
        KafkaTestClient.publish(delivered);
        KafkaTestClient.publish(delivered);
        KafkaTestClient.publish(smsReceipt(customer, sid, DeliveryStatus.READ, T0.plusSeconds(5)));

        // Then the conversation's delivery events are: sent, delivered once, read
        List<DeliveryEvent> events = KafkaTestClient.conversationUntil(conversation, is(reply, DeliveryStatus.READ));
        assertThat(events).first().isInstanceOf(MessageDelivered.class);
        assertThat(events.subList(1, events.size())).hasSize(2).allSatisfy(event -> assertThat(event)
                .isInstanceOf(DeliveryStatusChanged.class));
        assertThat(changes(events)).extracting(DeliveryStatusChanged::status, DeliveryStatusChanged::messageId,
                        DeliveryStatusChanged::providerMessageId, DeliveryStatusChanged::providerTimestamp)
                .containsExactly(tuple(DeliveryStatus.DELIVERED, reply.messageId(), sid, T0),
                        tuple(DeliveryStatus.READ, reply.messageId(), sid, T0.plusSeconds(5)));
    }

    @Test
    void deliveredAfterReadChangesNothing() {
        // Given two sent replies of one conversation, the first already read
        String conversation = UUID.randomUUID().toString();
        String customer = ReplyFixtures.freshNumber();
        String firstSid = "SM" + UUID.randomUUID().toString().replace("-", "");
        String secondSid = "SM" + UUID.randomUUID().toString().replace("-", "");
        AgentReplied first = sentSms(conversation, customer, "first", firstSid);
        AgentReplied second = sentSms(conversation, customer, "second", secondSid);
        KafkaTestClient.publish(smsReceipt(customer, firstSid, DeliveryStatus.READ, T0.plusSeconds(5)));

        // When the first one's late "delivered" comes, then the second one's
        KafkaTestClient.publish(smsReceipt(customer, firstSid, DeliveryStatus.DELIVERED, T0));
        KafkaTestClient.publish(smsReceipt(customer, secondSid, DeliveryStatus.DELIVERED, T0));

        // Then the first reply stayed read
        List<DeliveryEvent> events = KafkaTestClient.conversationUntil(conversation,
                is(second, DeliveryStatus.DELIVERED));
        assertThat(changes(events)).extracting(DeliveryStatusChanged::messageId, DeliveryStatusChanged::status)
                .containsExactly(tuple(first.messageId(), DeliveryStatus.READ),
                        tuple(second.messageId(), DeliveryStatus.DELIVERED));
    }

    @Test
    void aWatermarkMarksOnlyTheRepliesSentUpToItRead() {
        // Given two Messenger replies of one conversation, the watermark between them
        String conversation = UUID.randomUUID().toString();
        String psid = "psid-" + UUID.randomUUID();
        AgentReplied first = sentMessenger(conversation, psid, "first", "m_first_" + psid);
        Instant watermark = Instant.now();
        AgentReplied second = sentMessenger(conversation, psid, "second", "m_second_" + psid);

        // When Meta's read watermark comes, then the second reply's "delivered"
        KafkaTestClient.publish(messengerReceipt(psid, null, DeliveryStatus.READ, watermark));
        KafkaTestClient.publish(messengerReceipt(psid, "m_second_" + psid, DeliveryStatus.DELIVERED, watermark));

        // Then only the first reply was read; the second one is delivered, not read
        List<DeliveryEvent> events = KafkaTestClient.conversationUntil(conversation,
                is(second, DeliveryStatus.DELIVERED));
        assertThat(changes(events)).extracting(DeliveryStatusChanged::messageId, DeliveryStatusChanged::status,
                        DeliveryStatusChanged::providerMessageId)
                .containsExactly(tuple(first.messageId(), DeliveryStatus.READ, "m_first_" + psid),
                        tuple(second.messageId(), DeliveryStatus.DELIVERED, "m_second_" + psid));
    }

    @Test
    void aReceiptThatComesBeforeTheSendIsRecordedIsAppliedOnceItIs() {
        // Given Twilio's "delivered" callback for a message our log does not know yet, held
        String conversation = UUID.randomUUID().toString();
        String customer = ReplyFixtures.freshNumber();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        KafkaTestClient.publish(smsReceipt(customer, sid, DeliveryStatus.DELIVERED, T0));
        waitUntil(() -> !pending.heldFor(List.of(sid)).isEmpty());

        // When the send is recorded
        AgentReplied reply = sentSms(conversation, customer, "early callback", sid);

        // Then the held receipt is applied after the outcome, once, and no longer held
        List<DeliveryEvent> events = KafkaTestClient.conversationUntil(conversation,
                is(reply, DeliveryStatus.DELIVERED));
        assertThat(events).hasSize(2).first().isInstanceOf(MessageDelivered.class);
        waitUntil(() -> pending.heldFor(List.of(sid)).isEmpty());
    }

    private static AgentReplied sentSms(String conversation, String customer, String text, String sid) {
        PROVIDERS.stubFor(post(urlPathEqualTo(TwilioDeliveryTest.MESSAGES)).withFormParam("To", equalTo(customer))
                .withFormParam("Body", equalTo(text)).willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}")));
        return sent(reply(conversation, "demo-sms", Channel.SMS, customer, text));
    }

    private static AgentReplied sentMessenger(String conversation, String psid, String text, String mid) {
        PROVIDERS.stubFor(post(urlPathEqualTo(MetaDeliveryTest.SEND_API))
                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo(text)))
                .willReturn(okJson("{\"recipient_id\":\"" + psid + "\",\"message_id\":\"" + mid + "\"}")));
        return sent(reply(conversation, "demo-messenger", Channel.MESSENGER, psid, text));
    }

    private static AgentReplied sent(AgentReplied reply) {
        KafkaTestClient.publish(reply);
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOf(MessageDelivered.class);
        return reply;
    }

    private static AgentReplied reply(String conversation, String inboxId, Channel channel, String recipient,
            String text) {
        return new AgentReplied(UUID.randomUUID(), Instant.now(), ReplyFixtures.WORKSPACE, conversation,
                UUID.randomUUID().toString(), inboxId, channel, recipient, "alice", text, List.of(), null);
    }

    private static DeliveryStatusReported smsReceipt(String customer, String sid, DeliveryStatus status,
            Instant at) {
        return receipt("demo-sms", Channel.SMS, customer, sid, status, at);
    }

    private static DeliveryStatusReported messengerReceipt(String psid, @Nullable String mid, DeliveryStatus status,
            Instant at) {
        return receipt("demo-messenger", Channel.MESSENGER, psid, mid, status, at);
    }

    private static DeliveryStatusReported receipt(String inboxId, Channel channel, String customer,
            @Nullable String providerId, DeliveryStatus status, Instant at) {
        return new DeliveryStatusReported(UUID.randomUUID(), Instant.now(), ReplyFixtures.WORKSPACE, inboxId,
                channel, MessageReceived.threadOf(ReplyFixtures.WORKSPACE, inboxId, customer), providerId, status,
                null, null, at, Map.of());
    }

    private static Predicate<DeliveryEvent> is(AgentReplied reply, DeliveryStatus status) {
        return event -> event instanceof DeliveryStatusChanged change
                && change.messageId().equals(reply.messageId()) && change.status() == status;
    }

    private static List<DeliveryStatusChanged> changes(List<DeliveryEvent> events) {
        return events.stream().filter(DeliveryStatusChanged.class::isInstance).map(DeliveryStatusChanged.class::cast)
                .toList();
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
