package dev.switchboard.ingest.meta;

import static dev.switchboard.ingest.ProblemResponses.assertProblem;
import static dev.switchboard.ingest.meta.MetaHttp.assertEventReceived;
import static dev.switchboard.ingest.meta.MetaHttp.newCustomerId;
import static dev.switchboard.ingest.meta.MetaHttp.newMid;
import static dev.switchboard.ingest.meta.MetaHttp.newWamid;
import static java.nio.charset.StandardCharsets.UTF_8;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Meta's webhook as Meta calls it, over public HTTP with signed JSON, with the published records read back from the
 * real embedded broker; shares the web chat and Twilio integration tests' Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class MetaWebhookIntegrationTest implements EmbeddedBroker {

    private static final String MESSENGER_PATH = "/webhooks/meta/demo-messenger";
    private static final String INSTAGRAM_PATH = "/webhooks/meta/demo-instagram";
    private static final String WHATSAPP_PATH = "/webhooks/meta/demo-whatsapp-cloud";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    MetaHttp http;

    @BeforeEach
    void connect() {
        http = new MetaHttp(port);
    }

    @Test
    void handshakeEchoesTheChallengeOnlyForTheInboxsVerifyToken() {
        // Given the demo Messenger inbox's verify token, and a count of refused handshakes
        String query = "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=";
        double refused = count(IngestMetrics.REJECTED, "messenger", "reason", "verification-failed");

        // When Meta verifies the subscription with it, with another token, without a challenge, at unknown inboxes
        HttpResponse<String> verified = http.get(MESSENGER_PATH + query + MetaSamples.VERIFY_TOKEN);
        HttpResponse<String> wrongToken = http.get(MESSENGER_PATH + query + "guessed-token");
        HttpResponse<String> noChallenge = http.get(MESSENGER_PATH + "?hub.mode=subscribe&hub.verify_token="
                + MetaSamples.VERIFY_TOKEN);
        HttpResponse<String> unknown = http.get("/webhooks/meta/no-such-inbox" + query + MetaSamples.VERIFY_TOKEN);
        HttpResponse<String> twilioInbox = http.get("/webhooks/meta/demo-whatsapp" + query + MetaSamples.VERIFY_TOKEN);

        // Then only the right token gets the challenge back as plain text; the rest are problems
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(verified.body()).isEqualTo("1158201444");
        assertProblem(wrongToken, 403, "verification-failed", "hub.verify_token");
        assertProblem(noChallenge, 400, "invalid-request", "hub.challenge");
        assertProblem(unknown, 404, "inbox-not-found", "no-such-inbox");
        assertProblem(twilioInbox, 404, "inbox-not-found", "demo-whatsapp");
        assertThat(count(IngestMetrics.REJECTED, "messenger", "reason", "verification-failed"))
                .isEqualTo(refused + 1);
    }

    @Test
    void messengerBatchIsOnKafkaBeforeMetaHearsEventReceivedAndTheEchoIsNot() {
        // Given the batch sample under fresh ids: two customers' messages and the echo of our reply
        String psid1 = newCustomerId(16);
        String psid2 = newCustomerId(16);
        String mid1 = newMid();
        String mid2 = newMid();
        String echo = newMid();
        String batch = MetaSamples.text("messenger-batch.json", MetaSamples.PSID_1, psid1, MetaSamples.PSID_2, psid2,
                MetaSamples.MID_TEXT, mid1, MetaSamples.MID_IMAGE, mid2, MetaSamples.MID_ECHO, echo);
        double accepted = count(IngestMetrics.ACCEPTED, "messenger");
        double echoes = count(IngestMetrics.IGNORED, "messenger", "kind", "echo");

        // When Meta posts it, signed
        HttpResponse<String> response = http.postSigned(MESSENGER_PATH, batch);

        // Then both messages are on inbound-messenger, keyed by their threads, as CloudEvents; the echo is not
        assertEventReceived(response);
        ConsumerRecord<byte[], byte[]> text = record("demo-messenger", mid1);
        MessageReceived event = EventCodec.decode(text.value(), MessageReceived.class);
        assertThat(event).isEqualTo(new MessageReceived(event.eventId(), event.occurredAt(), "demo",
                "demo-messenger", Channel.MESSENGER, ProviderMessageIds.of("demo-messenger", mid1), mid1,
                "demo:demo-messenger:" + psid1, new Sender(psid1, null), "Help! My internet cut out", List.of(), null,
                Instant.ofEpochMilli(1772359080147L), Map.of("pageId", MetaSamples.PAGE_ID)));
        assertThat(text.topic()).isEqualTo("inbound-messenger");
        InboundTopic.assertCarries(text, event);
        ConsumerRecord<byte[], byte[]> photo = record("demo-messenger", mid2);
        assertThat(photo.topic()).isEqualTo("inbound-messenger");
        assertThat(new String(photo.key(), UTF_8)).isEqualTo("demo:demo-messenger:" + psid2);
        assertThat(count(IngestMetrics.ACCEPTED, "messenger")).isEqualTo(accepted + 2);
        assertThat(count(IngestMetrics.IGNORED, "messenger", "kind", "echo")).isEqualTo(echoes + 1);
        assertNothingPublishedFor(echo);
    }

    @Test
    void instagramDmIsOnInboundInstagram() {
        // Given the Instagram DM sample from a fresh customer
        String igsid = newCustomerId(16);
        String mid = newMid();
        String dm = MetaSamples.text("instagram-dm.json", MetaSamples.IGSID, igsid, MetaSamples.IG_MID, mid);

        // When Meta posts it to the Instagram inbox
        HttpResponse<String> response = http.postSigned(INSTAGRAM_PATH, dm);

        // Then it is an Instagram message on the customer's thread, its escaped text decoded
        assertEventReceived(response);
        ConsumerRecord<byte[], byte[]> record = record("demo-instagram", mid);
        MessageReceived event = EventCodec.decode(record.value(), MessageReceived.class);
        assertThat(record.topic()).isEqualTo("inbound-instagram");
        InboundTopic.assertCarries(record, event);
        assertThat(event.threadKey()).isEqualTo("demo:demo-instagram:" + igsid);
        assertThat(event.text()).isEqualTo("Is my order #4411 shipped? ¿Cuándo llega? 📦");
        assertThat(event.attachments()).extracting(Attachment::contentType).containsExactly("image/*");
    }

    @Test
    void whatsappTextAndImageAreOnInboundWhatsappNamedByTheProfile() {
        // Given the WhatsApp text and image samples from a fresh customer
        String waId = newCustomerId(11);
        String textId = newWamid();
        String imageId = newWamid();
        String text = MetaSamples.text("whatsapp-text.json", MetaSamples.WA_ID, waId, MetaSamples.WAMID_TEXT, textId);
        String image = MetaSamples.text("whatsapp-image.json", MetaSamples.WA_ID, waId, MetaSamples.WAMID_IMAGE,
                imageId);

        // When Meta posts each to the WhatsApp Cloud inbox
        HttpResponse<String> textResponse = http.postSigned(WHATSAPP_PATH, text);
        HttpResponse<String> imageResponse = http.postSigned(WHATSAPP_PATH, image);

        // Then both are WhatsApp messages on the wa_id's thread, the image by Graph API media reference
        assertEventReceived(textResponse);
        assertEventReceived(imageResponse);
        ConsumerRecord<byte[], byte[]> textRecord = record("demo-whatsapp-cloud", textId);
        MessageReceived textEvent = EventCodec.decode(textRecord.value(), MessageReceived.class);
        assertThat(textRecord.topic()).isEqualTo("inbound-whatsapp");
        InboundTopic.assertCarries(textRecord, textEvent);
        assertThat(textEvent.sender()).isEqualTo(new Sender(waId, "Sheena Nelson"));
        assertThat(textEvent.text()).isEqualTo("Hola, ¿sigue abierto mi caso? 🙏");
        MessageReceived imageEvent = EventCodec.decode(record("demo-whatsapp-cloud", imageId).value(),
                MessageReceived.class);
        assertThat(imageEvent.threadKey()).isEqualTo("demo:demo-whatsapp-cloud:" + waId);
        assertThat(imageEvent.attachments()).containsExactly(
                new Attachment("https://graph.facebook.com/1013859600285441", "image/jpeg", null));
    }

    @Test
    void receiptsArePublishedAsReceiptsNeverAsMessages() {
        // Given Messenger's delivery and read receipts and WhatsApp's failed status, for fresh customers
        String psid = newCustomerId(16);
        String delivered1 = newMid();
        String delivered2 = newMid();
        String receipts = MetaSamples.text("messenger-receipts.json", MetaSamples.PSID_1, psid, MetaSamples.MID_ECHO,
                delivered1, MetaSamples.MID_DELIVERED, delivered2);
        String waId = newCustomerId(11);
        String failedId = newWamid();
        String failed = MetaSamples.text("whatsapp-status-failed.json", MetaSamples.WA_ID, waId,
                MetaSamples.WAMID_FAILED, failedId);
        double failures = count(IngestMetrics.RECEIPTS, "whatsapp", "status", "failed");

        // When Meta posts them
        assertEventReceived(http.postSigned(MESSENGER_PATH, receipts));
        assertEventReceived(http.postSigned(WHATSAPP_PATH, failed));

        // Then each is a receipt on its customer's thread, none a message
        List<InboundEvent> events = InboundTopic.eventsThrough(bootstrapServers(),
                event -> failedId.equals(event.providerMessageId()));
        assertThat(events).filteredOn(event -> event.threadKey().equals("demo:demo-messenger:" + psid))
                .allSatisfy(event -> assertThat(event).isInstanceOf(DeliveryStatusReported.class))
                .map(DeliveryStatusReported.class::cast)
                .extracting(DeliveryStatusReported::providerMessageId, DeliveryStatusReported::status)
                .containsExactly(tuple(delivered1, DeliveryStatus.DELIVERED),
                        tuple(delivered2, DeliveryStatus.DELIVERED), tuple(null, DeliveryStatus.READ));
        assertThat(events).filteredOn(event -> failedId.equals(event.providerMessageId())).singleElement()
                .isInstanceOfSatisfying(DeliveryStatusReported.class, receipt -> {
                    assertThat(receipt.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(receipt.errorCode()).isEqualTo("131047");
                    assertThat(receipt.channel()).isEqualTo(Channel.WHATSAPP);
                    assertThat(receipt.threadKey()).isEqualTo("demo:demo-whatsapp-cloud:" + waId);
                });
        assertThat(count(IngestMetrics.RECEIPTS, "whatsapp", "status", "failed")).isEqualTo(failures + 1);
    }

    @Test
    void metasRetryOfABatchCarriesTheSameMessageIds() {
        // Given one message
        String mid = newMid();
        String body = messengerText(newCustomerId(16), mid);

        // When Meta delivers it twice (as after a timeout)
        assertEventReceived(http.postSigned(MESSENGER_PATH, body));
        assertEventReceived(http.postSigned(MESSENGER_PATH, body));

        // Then both records carry the same messageId, for the consumer to de-duplicate
        String messageId = ProviderMessageIds.of("demo-messenger", mid);
        assertThat(InboundTopic.awaitRecords(bootstrapServers(), messageId, 2))
                .map(r -> EventCodec.decode(r.value(), MessageReceived.class))
                .extracting(MessageReceived::messageId, MessageReceived::providerMessageId)
                .containsOnly(tuple(messageId, mid));
    }

    @Test
    void forgedOrMissingSignaturesAreUnauthorizedAndPublishNothing() {
        // Given a forger who knows the URL but not the app secret, and a body changed after signing
        String psid = newCustomerId(16);
        String forgedMid = newMid();
        String unsignedMid = newMid();
        String tamperedMid = newMid();
        byte[] forged = messengerText(psid, forgedMid).getBytes(UTF_8);
        byte[] signed = messengerText(psid, "m_original").getBytes(UTF_8);
        double rejected = count(IngestMetrics.REJECTED, "messenger", "reason", "invalid-signature");

        // When each is posted
        HttpResponse<String> wrongSecret = http.post(MESSENGER_PATH, MetaHttp.JSON, forged,
                SignedMetaRequests.SIGNATURE_HEADER, MetaSignature.compute("not-the-app-secret", forged));
        HttpResponse<String> unsigned = http.post(MESSENGER_PATH, MetaHttp.JSON,
                messengerText(psid, unsignedMid).getBytes(UTF_8));
        HttpResponse<String> tampered = http.post(MESSENGER_PATH, MetaHttp.JSON,
                messengerText(psid, tamperedMid).getBytes(UTF_8), SignedMetaRequests.SIGNATURE_HEADER,
                MetaSignature.compute(MetaSamples.APP_SECRET, signed));

        // Then all are 401 problems, counted, and none reached Kafka
        assertProblem(wrongSecret, 401, "invalid-signature", "does not match");
        assertProblem(unsigned, 401, "invalid-signature", "missing");
        assertProblem(tampered, 401, "invalid-signature", "does not match");
        assertThat(count(IngestMetrics.REJECTED, "messenger", "reason", "invalid-signature")).isEqualTo(rejected + 3);
        assertNothingPublishedFor(forgedMid, unsignedMid, tamperedMid);
    }

    @Test
    void misaddressedMalformedOversizedOrNonJsonRequestsAreProblemsAndPublishNothing() {
        // Given genuine, signed requests that are nonetheless wrong
        String psid = newCustomerId(16);
        String[] mids = {newMid(), newMid(), newMid(), newMid(), newMid(), newMid(), newMid()};
        String wamid = newWamid();
        String otherNumber = MetaSamples.text("whatsapp-text.json", MetaSamples.WAMID_TEXT, wamid,
                MetaSamples.PHONE_NUMBER_ID, "106540352299999");
        byte[] invalidUtf8 = messengerText(psid, mids[4]).getBytes(UTF_8);
        invalidUtf8[invalidUtf8.length - 10] = (byte) 0xFF;
        byte[] huge = messengerText(psid, mids[5]).replace("Help!", "x".repeat(3 * 1024 * 1024)).getBytes(UTF_8);

        // When each is posted
        HttpResponse<String> unknownInbox = http.postSigned("/webhooks/meta/no-such-inbox", messengerText(psid,
                mids[0]));
        HttpResponse<String> otherPage = http.postSigned(MESSENGER_PATH, messengerText(psid, mids[1])
                .replace(MetaSamples.PAGE_ID, "100000000000777"));
        HttpResponse<String> otherProduct = http.postSigned(INSTAGRAM_PATH, messengerText(psid, mids[2]));
        HttpResponse<String> wrongNumber = http.postSigned(WHATSAPP_PATH, otherNumber);
        HttpResponse<String> notJson = http.postSigned(MESSENGER_PATH, messengerText(psid, mids[3]) + "}");
        HttpResponse<String> noEntry = http.postSigned(MESSENGER_PATH, "{\"object\":\"page\"}");
        HttpResponse<String> badBytes = http.postSigned(MESSENGER_PATH, invalidUtf8);
        HttpResponse<String> tooLarge = http.postSignedChunked(MESSENGER_PATH, huge);
        HttpResponse<String> declaredTooLarge = http.postSigned(MESSENGER_PATH, huge);
        HttpResponse<String> form = http.post(MESSENGER_PATH, "application/x-www-form-urlencoded",
                ("mid=" + mids[6]).getBytes(UTF_8), SignedMetaRequests.SIGNATURE_HEADER, "sha256=00");

        // Then each gets its problem, naming what is wrong, and none reached Kafka
        assertProblem(unknownInbox, 404, "inbox-not-found", "no-such-inbox");
        assertProblem(otherPage, 404, "inbox-not-found", "100000000000777");
        assertProblem(otherProduct, 404, "inbox-not-found", "'instagram'");
        assertProblem(wrongNumber, 404, "inbox-not-found", "106540352299999");
        assertProblem(notJson, 400, "invalid-request", "not valid JSON");
        assertProblem(noEntry, 400, "invalid-request", "'entry'");
        assertProblem(badBytes, 400, "invalid-request", "UTF-8");
        assertProblem(tooLarge, 413, "content-too-large", "3145728");
        assertProblem(declaredTooLarge, 413, "content-too-large", "3145728");
        assertProblem(form, 415, "unsupported-media-type", "application/json");
        assertNothingPublishedFor(mids);
        assertNothingPublishedFor(wamid);
    }

    @Test
    void eventsWeDoNotHandleAreAcknowledgedCountedAndNotPublished() {
        // Given a reaction and a postback, genuine events Meta must not see refused
        String psid = newCustomerId(16);
        String reacted = newMid();
        String body = MetaNotificationTest.messenger("""
                {"sender":{"id":"%s"},"recipient":{"id":"100000000000001"},"timestamp":1772359080147,
                 "reaction":{"mid":"%s","action":"react","reaction":"love","emoji":"\\u2764"}},
                {"sender":{"id":"%s"},"recipient":{"id":"100000000000001"},"timestamp":1772359080148,
                 "postback":{"mid":"%s","title":"Get started","payload":"GET_STARTED"}}
                """.formatted(psid, reacted, psid, reacted));
        double reactions = count(IngestMetrics.IGNORED, "messenger", "kind", "reaction");

        // When Meta posts it
        HttpResponse<String> response = http.postSigned(MESSENGER_PATH, body);

        // Then Meta hears 200, the kinds are counted, and nothing is published
        assertEventReceived(response);
        assertThat(count(IngestMetrics.IGNORED, "messenger", "kind", "reaction")).isEqualTo(reactions + 1);
        assertNothingPublishedFor(reacted);
    }

    /** Sends a genuine Messenger marker message and checks no record of {@code providerIds} is on any topic. */
    private void assertNothingPublishedFor(String... providerIds) {
        String marker = newMid();
        assertEventReceived(http.postSigned(MESSENGER_PATH, messengerText(newCustomerId(16), marker)));
        List<InboundEvent> events = InboundTopic.eventsThrough(bootstrapServers(),
                event -> marker.equals(event.providerMessageId()));
        assertThat(events).extracting(InboundEvent::providerMessageId).contains(marker).doesNotContain(providerIds);
    }

    private ConsumerRecord<byte[], byte[]> record(String inboxId, String providerMessageId) {
        return InboundTopic.awaitRecords(bootstrapServers(), ProviderMessageIds.of(inboxId, providerMessageId), 1)
                .get(0);
    }

    private static String messengerText(String psid, String mid) {
        return MetaNotificationTest.messenger("""
                {"sender":{"id":"%s"},"recipient":{"id":"100000000000001"},"timestamp":1772359080147,
                 "message":{"mid":"%s","text":"Help! My internet cut out"}}
                """.formatted(psid, mid));
    }

    private double count(String name, String channel, String... tags) {
        String[] all = new String[tags.length + 4];
        all[0] = "provider";
        all[1] = MetaMetrics.PROVIDER;
        all[2] = "channel";
        all[3] = channel;
        System.arraycopy(tags, 0, all, 4, tags.length);
        return meters.counter(name, all).count();
    }
}
