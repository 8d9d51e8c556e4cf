package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static dev.switchboard.ingest.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.EmbeddedBroker;
import dev.switchboard.ingest.InboundTopic;
import dev.switchboard.ingest.metrics.IngestMetrics;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Twilio webhook as Twilio calls it, over public HTTP, with the published record read back from the real embedded
 * broker; shares the web chat integration tests' Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class TwilioWebhookIntegrationTest implements EmbeddedBroker {

    private static final String SMS_PATH = "/webhooks/twilio/demo-sms";
    private static final String WHATSAPP_PATH = "/webhooks/twilio/demo-whatsapp";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    TwilioHttp http;

    @BeforeEach
    void connect() {
        http = new TwilioHttp(port);
    }

    @Test
    void signedSmsIsOnKafkaBeforeTwilioHearsAnEmptyTwimlResponse() {
        // Given the MMS sample from a customer of our own, under a fresh MessageSid
        String sid = newSid();
        String customer = newCustomer();
        Map<String, String> form = sms(sid, customer);
        double accepted = count(IngestMetrics.ACCEPTED, "sms");

        // When Twilio posts it, correctly signed
        HttpResponse<String> response = http.postSigned(SMS_PATH, form, TwilioHttp.SMS_TOKEN);

        // Then Twilio gets 200 with empty TwiML, and the normalised message is on inbound-sms
        assertTwimlOk(response);
        String messageId = ProviderMessageIds.of("demo-sms", sid);
        ConsumerRecord<byte[], byte[]> record = InboundTopic.awaitRecords(bootstrapServers(), messageId, 1).get(0);
        MessageReceived event = (MessageReceived) EventCodec.decode(InboundTopic.rawHeaders(record), record.value());
        assertThat(event).isEqualTo(new MessageReceived(event.eventId(), event.occurredAt(), "demo", "demo-sms",
                Channel.SMS, messageId, sid, "demo:demo-sms:" + customer, new Sender(customer, null),
                "Help! My internet cut out. Photo of the modem attached",
                List.of(new Attachment(form.get("MediaUrl0"), "image/jpeg", null),
                        new Attachment(form.get("MediaUrl1"), "application/pdf", null)), null, null, Map.of()));
        assertThat(record.topic()).isEqualTo("inbound-sms");
        assertThat(event.threadKey()).isEqualTo("demo:demo-sms:" + customer);
        InboundTopic.assertCarries(record, event);
        assertThat(count(IngestMetrics.ACCEPTED, "sms")).isEqualTo(accepted + 1);
    }

    @Test
    void whatsappMessageIsPublishedOnTheWhatsappChannelWithTheProfileName() {
        // Given the WhatsApp sample under a fresh MessageSid
        String sid = newSid();
        Map<String, String> form = TwilioHttp.sample("whatsapp-profile-name.form");
        form.put("MessageSid", sid);

        // When Twilio posts it to the WhatsApp inbox, signed with that inbox's token
        HttpResponse<String> response = http.postSigned(WHATSAPP_PATH, form, TwilioHttp.WHATSAPP_TOKEN);

        // Then it is a WHATSAPP message from the E.164 number, named by the profile
        assertTwimlOk(response);
        ConsumerRecord<byte[], byte[]> record = InboundTopic.awaitRecords(bootstrapServers(),
                ProviderMessageIds.of("demo-whatsapp", sid), 1).get(0);
        MessageReceived event = EventCodec.decode(record.value(), MessageReceived.class);
        assertThat(event.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(event.sender()).isEqualTo(new Sender("+447700900123", "Ada Lovelace"));
        assertThat(new String(record.key(), UTF_8)).isEqualTo("demo:demo-whatsapp:+447700900123");
    }

    @Test
    void twilioRetryOfTheSameMessageSidIsTheSameMessage() {
        // Given one message
        Map<String, String> form = sms(newSid(), newCustomer());

        // When Twilio delivers it twice (as after its 15 s timeout)
        HttpResponse<String> first = http.postSigned(SMS_PATH, form, TwilioHttp.SMS_TOKEN);
        HttpResponse<String> retry = http.postSigned(SMS_PATH, form, TwilioHttp.SMS_TOKEN);

        // Then both are acknowledged and both records carry the same messageId, for the consumer to de-duplicate
        assertTwimlOk(first);
        assertTwimlOk(retry);
        String messageId = ProviderMessageIds.of("demo-sms", form.get("MessageSid"));
        assertThat(InboundTopic.awaitRecords(bootstrapServers(), messageId, 2))
                .map(r -> EventCodec.decode(r.value(), MessageReceived.class))
                .extracting(MessageReceived::messageId, MessageReceived::providerMessageId)
                .containsOnly(tuple(messageId, form.get("MessageSid")));
    }

    @Test
    void forgedOrMissingSignatureIsUnauthorizedAndPublishesNothing() {
        // Given a customer, and a forger who knows the webhook URL but not the auth token
        String customer = newCustomer();
        Map<String, String> forged = sms(newSid(), customer);
        Map<String, String> unsigned = sms(newSid(), customer);
        double rejected = count(IngestMetrics.REJECTED, "sms", "reason", "invalid-signature");

        // When the forger posts with a signature made with another token, and with none
        HttpResponse<String> forgedAnswer = http.postSigned(SMS_PATH, forged, "not-the-auth-token");
        HttpResponse<String> unsignedAnswer = http.post(SMS_PATH, "application/x-www-form-urlencoded",
                TwilioHttp.encode(unsigned));

        // Then both are 401 problems, counted, and neither reached the topic by the time a genuine message did
        assertProblem(forgedAnswer, 401, "invalid-signature", "X-Twilio-Signature");
        assertProblem(unsignedAnswer, 401, "invalid-signature", "missing");
        assertThat(count(IngestMetrics.REJECTED, "sms", "reason", "invalid-signature")).isEqualTo(rejected + 2);
        assertNothingPublishedFor(customer, forged.get("MessageSid"), unsigned.get("MessageSid"));
    }

    @Test
    void behindAProxyTheForwardedUrlIsTheSignedOne() {
        // Given Twilio calling https://hooks.example.com/ingest/... through a TLS-terminating proxy
        Map<String, String> form = sms(newSid(), newCustomer());
        String publicUrl = "https://hooks.example.com/ingest" + SMS_PATH;
        String[] forwarded = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "hooks.example.com",
                "X-Forwarded-Port", "443", "X-Forwarded-Prefix", "/ingest"};

        // When the proxy forwards the request signed over the public URL, and one signed over the internal URL
        HttpResponse<String> response = http.postSigned(SMS_PATH, form, TwilioHttp.SMS_TOKEN, publicUrl, forwarded);
        HttpResponse<String> internal = http.postSigned(SMS_PATH, sms(newSid(), newCustomer()), TwilioHttp.SMS_TOKEN,
                http.url(SMS_PATH), forwarded);

        // Then the public URL's signature is accepted and published; the internal one is not what Twilio signed
        assertTwimlOk(response);
        assertThat(InboundTopic.awaitRecords(bootstrapServers(),
                ProviderMessageIds.of("demo-sms", form.get("MessageSid")), 1)).hasSize(1);
        assertProblem(internal, 401, "invalid-signature", "does not match");
    }

    @Test
    void statusCallbackIsPublishedAsAReceiptNeverAsAMessage() {
        // Given Twilio's delivery receipt for one of our outbound messages
        Map<String, String> callback = TwilioHttp.sample("status-callback.form");
        String sid = newSid();
        callback.put("MessageSid", sid);
        callback.put("SmsSid", sid);
        double undelivered = meters.counter(IngestMetrics.RECEIPTS, "provider", "twilio", "channel", "sms",
                "status", "failed").count();

        // When Twilio posts it, correctly signed
        HttpResponse<String> response = http.postSigned(SMS_PATH, callback, TwilioHttp.SMS_TOKEN);

        // Then it is acknowledged with empty TwiML, counted, and on inbound-sms as a receipt, never as a message
        assertTwimlOk(response);
        assertThat(meters.counter(IngestMetrics.RECEIPTS, "provider", "twilio", "channel", "sms",
                "status", "failed").count()).isEqualTo(undelivered + 1);
        List<InboundEvent> events = InboundTopic.eventsThrough(bootstrapServers(),
                event -> sid.equals(event.providerMessageId()));
        assertThat(events).filteredOn(event -> sid.equals(event.providerMessageId())).singleElement()
                .isInstanceOfSatisfying(DeliveryStatusReported.class, receipt -> {
                    assertThat(receipt.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(receipt.errorCode()).isEqualTo("30003");
                    assertThat(receipt.threadKey()).isEqualTo("demo:demo-sms:+14155550100");
                });
    }

    @Test
    void aQueuedStatusIsAcknowledgedButNotPublished() {
        // Given Twilio's "queued" callback, which tells an agent nothing
        Map<String, String> callback = TwilioHttp.sample("status-callback.form");
        String sid = newSid();
        callback.put("MessageSid", sid);
        callback.put("MessageStatus", "queued");
        callback.remove("ErrorCode");

        // When Twilio posts it, correctly signed
        HttpResponse<String> response = http.postSigned(SMS_PATH, callback, TwilioHttp.SMS_TOKEN);

        // Then it is acknowledged and nothing is published about it
        assertTwimlOk(response);
        assertNothingPublishedFor(newCustomer(), sid);
    }

    @Test
    void malformedMisaddressedOversizedOrNonFormRequestsAreProblemsAndPublishNothing() {
        // Given genuine, signed requests that are nonetheless wrong, and a customer to send a marker afterwards
        String customer = newCustomer();
        Map<String, String> noSid = sms(newSid(), customer);
        noSid.remove("MessageSid");
        Map<String, String> noFrom = sms(newSid(), customer);
        noFrom.remove("From");
        Map<String, String> otherNumber = sms(newSid(), customer);
        otherNumber.put("To", "+15005550001");
        Map<String, String> huge = sms(newSid(), customer);
        huge.put("Body", "x".repeat(300 * 1024));

        // When each is posted
        HttpResponse<String> missingSid = http.postSigned(SMS_PATH, noSid, TwilioHttp.SMS_TOKEN);
        HttpResponse<String> missingFrom = http.postSigned(SMS_PATH, noFrom, TwilioHttp.SMS_TOKEN);
        HttpResponse<String> wrongNumber = http.postSigned(SMS_PATH, otherNumber, TwilioHttp.SMS_TOKEN);
        HttpResponse<String> tooLarge = http.postSigned(SMS_PATH, huge, TwilioHttp.SMS_TOKEN);
        HttpResponse<String> json = http.post(SMS_PATH, "application/json", "{\"MessageSid\":\"SM1\"}",
                "X-Twilio-Signature", "irrelevant");
        HttpResponse<String> unknownInbox = http.postSigned("/webhooks/twilio/no-such-inbox", sms(newSid(), customer),
                TwilioHttp.SMS_TOKEN);
        HttpResponse<String> webchatInbox = http.postSigned("/webhooks/twilio/demo-webchat", sms(newSid(), customer),
                TwilioHttp.SMS_TOKEN);

        // Then each gets its problem, naming what is wrong, and none reached the topic
        assertProblem(missingSid, 400, "invalid-request", "MessageSid");
        assertProblem(missingFrom, 400, "invalid-request", "From");
        assertProblem(wrongNumber, 404, "inbox-not-found", "'To'");
        assertProblem(tooLarge, 413, "content-too-large", "262144");
        assertProblem(json, 415, "unsupported-media-type", "application/x-www-form-urlencoded");
        assertProblem(unknownInbox, 404, "inbox-not-found", "no-such-inbox");
        assertProblem(webchatInbox, 404, "inbox-not-found", "demo-webchat");
        assertNothingPublishedFor(customer, otherNumber.get("MessageSid"), huge.get("MessageSid"));
    }

    /** Sends a genuine marker message from {@code customer} and checks no record of {@code sids} is on the topic. */
    private void assertNothingPublishedFor(String customer, String... sids) {
        String marker = newSid();
        assertTwimlOk(http.postSigned(SMS_PATH, sms(marker, customer), TwilioHttp.SMS_TOKEN));
        List<InboundEvent> events = InboundTopic.eventsThrough(bootstrapServers(),
                event -> marker.equals(event.providerMessageId()));
        assertThat(events).extracting(InboundEvent::providerMessageId).contains(marker).doesNotContain(sids);
    }

    private static Map<String, String> sms(String sid, String customer) {
        Map<String, String> form = TwilioHttp.sample("sms-two-media.form");
        form.put("MessageSid", sid);
        form.put("SmsMessageSid", sid);
        form.put("SmsSid", sid);
        form.put("From", customer);
        return form;
    }

    private static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String newCustomer() {
        return "+1415" + String.format("%07d", (int) (Math.random() * 10_000_000));
    }

    private double count(String name, String channel, String... tags) {
        String[] all = new String[tags.length + 4];
        all[0] = "provider";
        all[1] = "twilio";
        all[2] = "channel";
        all[3] = channel;
        System.arraycopy(tags, 0, all, 4, tags.length);
        return meters.counter(name, all).count();
    }

    private static void assertTwimlOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/xml"));
        assertThat(response.body()).isEqualTo(TwilioWebhookController.EMPTY_TWIML);
    }

}
