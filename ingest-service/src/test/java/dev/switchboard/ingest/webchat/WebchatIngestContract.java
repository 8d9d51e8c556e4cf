package dev.switchboard.ingest.webchat;

import static dev.switchboard.ingest.ProblemResponses.assertProblem;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.InboundTopic;
import dev.switchboard.ingest.inbox.Inbox;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The web chat entry as a widget sees it, over public HTTP, with the published record read back from Kafka; run
 * against the embedded broker and, where Docker exists, against a Kafka container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
abstract class WebchatIngestContract {

    static final String INBOX = "demo-webchat";
    static final String LOCAL_SECRET = "local-only-visitor-token-secret-change-me-0123456789";

    @LocalServerPort
    int port;

    WebchatHttp http;

    /** The broker the service under test publishes to. */
    public abstract String bootstrapServers();

    @BeforeEach
    void connect() {
        http = new WebchatHttp(port);
    }

    @Test
    void postedMessageIsPublishedWithCloudEventHeadersBeforeTheAnswer() {
        // Given a named visitor's session
        String visitorId = "visitor-" + UUID.randomUUID();
        String token = http.startSession(INBOX, "{\"visitorId\":\"" + visitorId + "\",\"name\":\"Ada\"}")
                .get("token").asString();
        String clientMessageId = "c-" + UUID.randomUUID();
        Instant before = Instant.now();

        // When the visitor posts a message with an attachment
        HttpResponse<String> response = postMessage(token, """
                {"visitorId":"%s","text":"Help! My internet cut out","clientMessageId":"%s",
                 "attachments":[{"url":"https://files.example/modem.jpg","contentType":"image/jpeg"}]}"""
                .formatted(visitorId, clientMessageId));

        // Then it is accepted under the id derived from the client's id, and is on inbound-webchat
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String messageId = WebchatHttp.json(response).get("messageId").asString();
        assertThat(messageId).isEqualTo(UUID.nameUUIDFromBytes((INBOX + ":" + visitorId + ":" + clientMessageId).getBytes(UTF_8))
                .toString());
        ConsumerRecord<byte[], byte[]> record = InboundTopic.awaitRecords(bootstrapServers(), messageId, 1).get(0);
        MessageReceived event = (MessageReceived) EventCodec.decode(InboundTopic.rawHeaders(record), record.value());
        assertThat(event).isEqualTo(new MessageReceived(event.eventId(), event.occurredAt(), "demo", INBOX,
                Channel.WEBCHAT, messageId, clientMessageId, "demo:" + INBOX + ":" + visitorId,
                new Sender(visitorId, "Ada"),
                "Help! My internet cut out",
                List.of(new Attachment("https://files.example/modem.jpg", "image/jpeg", null)), null, null,
                Map.of()));
        assertThat(record.topic()).isEqualTo("inbound-webchat");
        assertThat(event.occurredAt()).isBetween(before, Instant.now());
        assertThat(event.threadKey()).isEqualTo("demo:" + INBOX + ":" + visitorId);
        InboundTopic.assertCarries(record, event);
    }

    @Test
    void retryWithTheSameClientMessageIdIsTheSameMessage() {
        // Given a session without a visitor id, which gets a generated one
        JsonNode session = http.startSession(INBOX, "{}");
        String visitorId = session.get("visitorId").asString();
        assertThat(UUID.fromString(visitorId).toString()).isEqualTo(visitorId);
        assertThat(Instant.parse(session.get("expiresAt").asString())).isAfter(Instant.now().plusSeconds(23 * 3600));
        String clientMessageId = "retry-" + UUID.randomUUID();
        String body = "{\"visitorId\":\"%s\",\"text\":\"hello\",\"clientMessageId\":\"%s\"}"
                .formatted(visitorId, clientMessageId);

        // When the widget posts the same message twice
        HttpResponse<String> first = postMessage(session.get("token").asString(), body);
        HttpResponse<String> retry = postMessage(session.get("token").asString(), body);

        // Then both answers carry the same messageId, and both records the same providerMessageId
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        String messageId = WebchatHttp.json(first).get("messageId").asString();
        assertThat(WebchatHttp.json(retry).get("messageId").asString()).isEqualTo(messageId);
        assertThat(InboundTopic.awaitRecords(bootstrapServers(), messageId, 2))
                .map(r -> EventCodec.decode(r.value(), MessageReceived.class).providerMessageId())
                .containsOnly(clientMessageId);
    }

    @Test
    void unknownInboxAndInboxOfAnotherChannelAreNotFound() {
        // Given / When a session is asked of an unknown inbox and of the SMS inbox
        HttpResponse<String> unknown = http.post("/webchat/no-such-inbox/sessions", "{}");
        HttpResponse<String> sms = http.post("/webchat/demo-sms/sessions", "{}");

        // Then both are 404 inbox-not-found problems naming the inbox
        assertProblem(unknown, 404, "inbox-not-found", "no-such-inbox");
        assertProblem(sms, 404, "inbox-not-found", "demo-sms");
    }

    @Test
    void invalidVisitorIdIsABadRequest() {
        // Given / When a session is asked with a visitor id containing a space
        HttpResponse<String> response = http.post("/webchat/" + INBOX + "/sessions", "{\"visitorId\":\"a b\"}");

        // Then it is a 400 naming the field
        assertProblem(response, 400, "invalid-request", "visitorId");
    }

    @Test
    void missingOrForgedTokenIsUnauthorized() {
        // Given a visitor without a token, and one with a token signed by someone else
        String body = "{\"visitorId\":\"v-1\",\"text\":\"hi\"}";
        String forged = new VisitorTokens(new WebchatProperties("forger-secret-0123456789-0123456789-xyz", null),
                Clock.systemUTC()).issue(inbox(INBOX), "v-1", null).token();

        // When they post
        HttpResponse<String> missing = http.post("/webchat/" + INBOX + "/messages", body);
        HttpResponse<String> forgedAnswer = postMessage(forged, body);

        // Then both are 401 problems asking for a bearer token
        assertProblem(missing, 401, "invalid-visitor-token", "token");
        assertProblem(forgedAnswer, 401, "invalid-visitor-token", "token");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void tokenOfAnotherVisitorOrInboxIsForbidden() {
        // Given a genuine session for visitor-a, and a genuine token of another web chat inbox
        String token = http.startSession(INBOX, "{\"visitorId\":\"visitor-a\"}").get("token").asString();
        String otherInbox = localTokens().issue(inbox("other-webchat"), "visitor-a", null).token();
        String body = "{\"visitorId\":\"visitor-a\",\"text\":\"hi\"}";

        // When visitor-a's token posts as visitor-b, and the other inbox's token posts here
        HttpResponse<String> asOther = postMessage(token, body.replace("visitor-a", "visitor-b"));
        HttpResponse<String> wrongInbox = postMessage(otherInbox, body);

        // Then both are 403 problems saying what does not match
        assertProblem(asOther, 403, "visitor-token-mismatch", "visitorId");
        assertProblem(wrongInbox, 403, "visitor-token-mismatch", "inbox");
    }

    @Test
    void emptyTooLongOrMalformedMessagesAreBadRequests() {
        // Given a genuine session
        String token = http.startSession(INBOX, "{\"visitorId\":\"visitor-v\"}").get("token").asString();

        // When it posts a blank text without attachments, a text over 4000 characters, and broken JSON
        HttpResponse<String> blank = postMessage(token, "{\"visitorId\":\"visitor-v\",\"text\":\"  \"}");
        HttpResponse<String> tooLong = postMessage(token,
                "{\"visitorId\":\"visitor-v\",\"text\":\"" + "x".repeat(4001) + "\"}");
        HttpResponse<String> broken = postMessage(token, "{\"visitorId\":\"visitor-v\",\"text\":");
        HttpResponse<String> wrongType = postMessage(token, "{\"visitorId\":\"visitor-v\",\"attachments\":\"x\"}");

        // Then each is a 400 problem naming what is wrong
        assertProblem(blank, 400, "invalid-request", "text");
        assertProblem(tooLong, 400, "invalid-request", "text");
        assertProblem(broken, 400, "invalid-request", "JSON");
        assertProblem(wrongType, 400, "invalid-request", "attachments");
    }

    @Test
    void invalidUtf8IsABadRequestAndControlCharactersNeverReachKafka() {
        // Given a genuine session
        String visitorId = "visitor-" + UUID.randomUUID();
        String token = http.startSession(INBOX, "{\"visitorId\":\"" + visitorId + "\"}").get("token").asString();
        byte[] prefix = ("{\"visitorId\":\"" + visitorId + "\",\"text\":\"").getBytes(UTF_8);
        byte[] invalid = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, invalid, 0, prefix.length);
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xFE, '"', '}'}, 0, invalid, prefix.length, 4);

        // When it posts bytes that are not UTF-8, and then text with NUL, bell and escape characters
        HttpResponse<String> notUtf8 = http.post("/webchat/" + INBOX + "/messages", invalid,
                "Authorization", "Bearer " + token);
        HttpResponse<String> controls = postMessage(token, "{\"visitorId\":\"" + visitorId
                + "\",\"text\":\"\\u0000Hi\\u0007 there\\u001b[2J\\nthanks\"}");

        // Then the first is a 400 problem, and the second is accepted with only its printable text and line break
        assertProblem(notUtf8, 400, "invalid-request", "text");
        assertThat(controls.statusCode()).as(controls.body()).isEqualTo(202);
        String messageId = WebchatHttp.json(controls).get("messageId").asString();
        ConsumerRecord<byte[], byte[]> record = InboundTopic.awaitRecords(bootstrapServers(), messageId, 1).get(0);
        assertThat(((MessageReceived) InboundTopic.decode(record)).text()).isEqualTo("Hi there[2J\nthanks");
    }

    @Test
    void corsPreflightIsAllowedOnlyForTheInboxOrigins() {
        // Given / When the widget's browser preflights from an allowed origin and from a foreign one
        HttpResponse<String> allowed = http.preflight("/webchat/" + INBOX + "/messages", "http://localhost:5173");
        HttpResponse<String> foreign = http.preflight("/webchat/" + INBOX + "/messages", "https://evil.example");

        // Then the allowed origin may POST with Authorization and Content-Type, the foreign one may not
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization").contains("content-type");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    HttpResponse<String> postMessage(String token, String json) {
        return http.post("/webchat/" + INBOX + "/messages", json, "Authorization", "Bearer " + token);
    }

    private static Inbox inbox(String id) {
        return new Inbox(id, "demo", Channel.WEBCHAT, List.of());
    }

    private static VisitorTokens localTokens() {
        return new VisitorTokens(new WebchatProperties(LOCAL_SECRET, null), Clock.systemUTC());
    }
}
