package dev.switchboard.ingest.email;

import static java.nio.charset.StandardCharsets.UTF_8;
import static dev.switchboard.ingest.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.EmbeddedBroker;
import dev.switchboard.ingest.InboundTopic;
import dev.switchboard.ingest.metrics.IngestMetrics;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The email endpoint as a mail relay calls it, over public HTTP with HTTP Basic, with the published record read back
 * from the real embedded broker; shares the other ingest integration tests' Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class EmailWebhookIntegrationTest implements EmbeddedBroker {

    private static final int MAX_BODY = 10 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    EmailHttp http;

    @BeforeEach
    void connect() {
        http = new EmailHttp(port);
    }

    @Test
    void relayedEmailIsOnKafkaKeyedByItsThreadRootBeforeTheRelayHears200() {
        // Given Gmail's reply with a PDF, under fresh ids for its own Message-ID and its thread's root
        String id = newMessageId();
        String root = newMessageId();
        String eml = EmailSamples.withHeader(EmailSamples.text("gmail-reply-with-pdf.eml"), "Message-ID", id);
        eml = EmailSamples.withHeader(eml, "References", root + " <20260302091032.7c1e4a@demo.switchboard.local>");
        double accepted = count(IngestMetrics.ACCEPTED);

        // When the relay posts it
        HttpResponse<String> response = http.relay(EmailSamples.bytes(eml));

        // Then the relay hears 200 with our id, and the message is on inbound-email, keyed by the thread's root
        String messageId = ProviderMessageIds.of(EmailHttp.INBOX, id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("messageId").asString()).isEqualTo(messageId);
        ConsumerRecord<byte[], byte[]> record = InboundTopic.awaitRecords(bootstrapServers(), messageId, 1).get(0);
        MessageReceived event = (MessageReceived) EventCodec.decode(InboundTopic.rawHeaders(record), record.value());
        assertThat(record.topic()).isEqualTo("inbound-email");
        assertThat(new String(record.key(), UTF_8)).isEqualTo("demo:demo-email:ada.lovelace@gmail.com:" + root);
        InboundTopic.assertCarries(record, event);
        assertThat(event.channel()).isEqualTo(Channel.EMAIL);
        assertThat(event.providerMessageId()).isEqualTo(id);
        assertThat(event.sender()).isEqualTo(new Sender("ada.lovelace@gmail.com", "Ada Lovelace"));
        assertThat(event.text()).startsWith("Hi,").endsWith("Ada").doesNotContain("wrote:");
        assertThat(event.attachments()).containsExactly(
                new Attachment("attachment://" + messageId + "/0", "application/pdf", "router-log.pdf", 351L));
        assertThat(event.threadHints()).isNotNull();
        assertThat(event.threadHints().subject()).isEqualTo("Re: My internet cut out");
        assertThat(count(IngestMetrics.ACCEPTED)).isEqualTo(accepted + 1);
    }

    @Test
    void aReplyToOurReplyLandsOnTheThreadOfTheFirstMail() {
        // Given a customer's first mail, and their later reply whose References start with that mail
        String first = newMessageId();
        String reply = newMessageId();
        String firstEml = EmailSamples.withHeader(EmailSamples.text("html-only.eml"), "Message-ID", first);
        String replyEml = EmailSamples.withHeader(EmailSamples.text("outlook-reply.eml"), "Message-ID", reply);
        replyEml = EmailSamples.withHeader(replyEml, "References", first + " <ours-1@demo.switchboard.local>");
        replyEml = EmailSamples.withHeader(replyEml, "From", "\"Grace Hopper\" <Grace.Hopper@example.org>");
        String strangerId = newMessageId();
        String stranger = EmailSamples.withHeader(EmailSamples.withHeader(replyEml, "Message-ID", strangerId),
                "From", "Mallory <mallory@example.net>");

        // When the relay posts both, and a stranger's mail that names the same thread
        HttpResponse<String> firstAnswer = http.relay(EmailSamples.bytes(firstEml));
        HttpResponse<String> replyAnswer = http.relay(EmailSamples.bytes(replyEml));
        HttpResponse<String> strangerAnswer = http.relay(EmailSamples.bytes(stranger));

        // Then both are on Kafka under the same key: the sender and the first mail's Message-ID; not the stranger's
        assertThat(firstAnswer.statusCode()).as(firstAnswer.body()).isEqualTo(200);
        assertThat(replyAnswer.statusCode()).as(replyAnswer.body()).isEqualTo(200);
        String key = "demo:demo-email:grace.hopper@example.org:" + first;
        assertThat(keyOf(ProviderMessageIds.of(EmailHttp.INBOX, first))).isEqualTo(key);
        assertThat(keyOf(ProviderMessageIds.of(EmailHttp.INBOX, reply))).isEqualTo(key);
        assertThat(strangerAnswer.statusCode()).as(strangerAnswer.body()).isEqualTo(200);
        assertThat(keyOf(ProviderMessageIds.of(EmailHttp.INBOX, strangerId)))
                .isEqualTo("demo:demo-email:mallory@example.net:" + first);
    }

    @Test
    void theRelaysRetryOfAMailIsTheSameMessage() {
        // Given one mail
        String id = newMessageId();
        byte[] eml = EmailSamples.bytes(EmailSamples.withHeader(EmailSamples.text("latin1-quoted-printable.eml"),
                "Message-ID", id));

        // When the relay posts it twice (as after a timeout)
        HttpResponse<String> first = http.relay(eml);
        HttpResponse<String> retry = http.relay(eml);

        // Then both answers and both records carry the same messageId, for the consumer to de-duplicate
        assertThat(first.body()).isEqualTo(retry.body());
        String messageId = ProviderMessageIds.of(EmailHttp.INBOX, id);
        assertThat(InboundTopic.awaitRecords(bootstrapServers(), messageId, 2))
                .map(r -> EventCodec.decode(r.value(), MessageReceived.class).providerMessageId())
                .containsOnly(id);
    }

    @Test
    void wrongOrMissingRelayCredentialsAreUnauthorizedAndPublishNothing() {
        // Given genuine mail, and callers without the inbox's relay secret
        String wrongSecret = newMessageId();
        String otherUser = newMessageId();
        String none = newMessageId();
        double rejected = count(IngestMetrics.REJECTED, "reason", "invalid-signature");

        // When each posts
        HttpResponse<String> wrong = http.post(EmailHttp.PATH, EmailHttp.RFC822, mail(wrongSecret),
                RelayCredentialsTest.basic("demo-email:not-the-secret"));
        HttpResponse<String> other = http.post(EmailHttp.PATH, EmailHttp.RFC822, mail(otherUser),
                RelayCredentialsTest.basic("demo-sms:" + EmailHttp.SECRET));
        HttpResponse<String> missing = http.post(EmailHttp.PATH, EmailHttp.RFC822, mail(none), null);

        // Then each is a counted 401 problem challenging for Basic, and none reached the topic
        assertUnauthorized(wrong, "not valid");
        assertUnauthorized(other, "not valid");
        assertUnauthorized(missing, "missing");
        assertThat(count(IngestMetrics.REJECTED, "reason", "invalid-signature")).isEqualTo(rejected + 3);
        assertNothingPublishedFor(wrongSecret, otherUser, none);
    }

    @Test
    void wrongContentTypeTooLargeMalformedOrMisaddressedRequestsAreProblemsAndPublishNothing() {
        // Given authenticated requests that are nonetheless wrong
        String asText = newMessageId();
        String auth = RelayCredentialsTest.basic(EmailHttp.INBOX + ":" + EmailHttp.SECRET);
        byte[] oversized = new byte[MAX_BODY + 1];

        // When each is posted
        HttpResponse<String> text = http.post(EmailHttp.PATH, "text/plain", mail(asText), auth);
        HttpResponse<String> noType = http.post(EmailHttp.PATH, "", mail(asText), auth);
        HttpResponse<String> streamedTooLarge = http.post(EmailHttp.PATH, EmailHttp.RFC822,
                EmailHttp.chunked(oversized), auth);
        String announcedTooLarge = http.statusLineForAnnouncedLength(MAX_BODY + 1L);
        HttpResponse<String> brokenMime = http.relay(EmailSamples.sample("broken-multipart.eml"));
        HttpResponse<String> noFrom = http.relay(EmailSamples.bytes(
                EmailSamples.withoutHeader(EmailSamples.text("html-only.eml"), "From")));
        HttpResponse<String> unknownInbox = http.post("/webhooks/email/no-such-inbox", EmailHttp.RFC822,
                mail(newMessageId()), auth);
        HttpResponse<String> webchatInbox = http.post("/webhooks/email/demo-webchat", EmailHttp.RFC822,
                mail(newMessageId()), RelayCredentialsTest.basic("demo-webchat:" + EmailHttp.SECRET));

        // Then each gets its problem, naming what is wrong, and none reached the topic
        assertProblem(text, 415, "unsupported-media-type", "message/rfc822");
        assertProblem(noType, 415, "unsupported-media-type", "message/rfc822");
        assertProblem(streamedTooLarge, 413, "content-too-large", Integer.toString(MAX_BODY));
        assertThat(announcedTooLarge).isEqualTo("HTTP/1.1 413");
        assertProblem(brokenMime, 400, "invalid-request", "Missing start boundary");
        assertProblem(noFrom, 400, "invalid-request", "From header is required");
        assertProblem(unknownInbox, 404, "inbox-not-found", "no-such-inbox");
        assertProblem(webchatInbox, 404, "inbox-not-found", "demo-webchat");
        assertNothingPublishedFor(asText, "<broken-multipart-1@mail.example.com>");
    }

    @Test
    void autoRepliesAndBouncesAreAcknowledgedCountedAndNeverPublished() {
        // Given an out-of-office reply and a bounce, under fresh Message-IDs
        String outOfOffice = newMessageId();
        String bounce = newMessageId();
        double ignored = count(IngestMetrics.IGNORED, "kind", AutoReply.AUTO_REPLY);

        // When the relay posts them
        HttpResponse<String> oooAnswer = http.relay(EmailSamples.bytes(
                EmailSamples.withHeader(EmailSamples.text("out-of-office.eml"), "Message-ID", outOfOffice)));
        HttpResponse<String> bounceAnswer = http.relay(EmailSamples.bytes(
                EmailSamples.withHeader(EmailSamples.text("delivery-status.eml"), "Message-ID", bounce)));

        // Then the relay is done with them (200, saying why), they are counted, and neither is on Kafka
        assertThat(oooAnswer.statusCode()).as(oooAnswer.body()).isEqualTo(200);
        assertThat(json(oooAnswer).get("ignored").asString()).isEqualTo("auto-reply");
        assertThat(json(oooAnswer).has("messageId")).isFalse();
        assertThat(json(bounceAnswer).get("ignored").asString()).isEqualTo("bounce");
        assertThat(count(IngestMetrics.IGNORED, "kind", AutoReply.AUTO_REPLY)).isEqualTo(ignored + 1);
        assertNothingPublishedFor(outOfOffice, bounce);
    }

    /** Sends a genuine marker mail and checks that no record with any of {@code messageIds} is on the topic. */
    private void assertNothingPublishedFor(String... messageIds) {
        String marker = newMessageId();
        HttpResponse<String> answer = http.relay(EmailSamples.bytes(
                EmailSamples.withHeader(EmailSamples.text("html-only.eml"), "Message-ID", marker)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<InboundEvent> events = InboundTopic.eventsThrough(bootstrapServers(),
                event -> marker.equals(event.providerMessageId()));
        assertThat(events).extracting(InboundEvent::providerMessageId).contains(marker).doesNotContain(messageIds);
    }

    private String keyOf(String messageId) {
        return new String(InboundTopic.awaitRecords(bootstrapServers(), messageId, 1).get(0).key(), UTF_8);
    }

    private static java.net.http.HttpRequest.BodyPublisher mail(String messageId) {
        return BodyPublishers.ofByteArray(EmailSamples.bytes(
                EmailSamples.withHeader(EmailSamples.text("html-only.eml"), "Message-ID", messageId)));
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@test.switchboard.local>";
    }

    private double count(String name, String... tags) {
        String[] all = new String[tags.length + 4];
        all[0] = "provider";
        all[1] = "email";
        all[2] = "channel";
        all[3] = "email";
        System.arraycopy(tags, 0, all, 4, tags.length);
        return meters.counter(name, all).count();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static void assertUnauthorized(HttpResponse<String> response, String mentions) {
        assertProblem(response, 401, "invalid-signature", mentions);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains(RelayRequests.CHALLENGE);
    }

}
