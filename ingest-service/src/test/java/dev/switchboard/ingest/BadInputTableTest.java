package dev.switchboard.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.embedded.BadInputTable.Answer;
import dev.switchboard.embedded.BadInputTable.Row;
import dev.switchboard.embedded.HostileTokens;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.MessageReceived;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The bad inputs of issue 8 on ingest's public endpoints (the four provider webhooks and web chat), one row each over
 * real HTTP: the right RFC 9457 problem, nothing on any inbound topic, the service healthy afterwards; and the odd
 * but legitimate texts published verbatim. Signature, size and MIME refusals proven per channel elsewhere are listed
 * in docs/bad-input.md; the rows here are the ones no other test covers, plus one per webhook for the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTableTest implements EmbeddedBroker {

    private static final String VISITOR_SECRET = "local-only-visitor-token-secret-change-me-0123456789";
    private static final String VISITOR = "visitor-table";
    private static final HostileTokens TOKENS = new HostileTokens(VISITOR_SECRET, "switchboard-webchat",
            Map.of("sub", VISITOR, "ws", "demo", "inbox", "demo-webchat"));
    private static final BadInputTable TABLE = new BadInputTable("ingest-service");
    private static final String JSON = "application/json";
    private static final String MESSAGES = "/webchat/demo-webchat/messages";

    @LocalServerPort
    int port;

    static Stream<Row<BadInputTableTest>> badInputs() {
        return Stream.of(webhookRows(), tokenRows(), webchatRows()).flatMap(rows -> rows);
    }

    private static Stream<Row<BadInputTableTest>> webhookRows() {
        String form = "MessageSid=SMmarker1&From=%2B15550001111&To=%2B15005550006&Body=marker-twilio";
        String metaBody = "{\"object\":\"page\",\"entry\":[{\"id\":\"100000000000001\",\"messaging\":[]}]}";
        return Stream.of(
                new Row<>("Twilio: no signature", t -> t.post("/webhooks/twilio/demo-sms", form,
                        "application/x-www-form-urlencoded"), 401, "invalid-signature", ""),
                new Row<>("Twilio: forged signature", t -> t.post("/webhooks/twilio/demo-sms", form,
                        "application/x-www-form-urlencoded", "X-Twilio-Signature", "bWFya2VyLWZvcmdlZA=="),
                        401, "invalid-signature", ""),
                new Row<>("Meta POST: forged signature", t -> t.post("/webhooks/meta/demo-messenger", metaBody, JSON,
                        "X-Hub-Signature-256", "sha256=" + "0".repeat(64)), 401, "invalid-signature", ""),
                new Row<>("Meta GET: operator instead of the verify token", t -> t.get("/webhooks/meta/demo-messenger"
                        + "?hub.mode=subscribe&hub.verify_token%5B%24ne%5D=x&hub.challenge=1"), 400, "invalid-request",
                        "hub.verify_token"),
                new Row<>("Meta GET: huge query string", t -> t.get("/webhooks/meta/demo-messenger?hub.mode=subscribe"
                        + "&hub.verify_token=wrong&hub.challenge=" + "9".repeat(7000)), 403, "verification-failed", ""),
                new Row<>("email: forged relay credentials", t -> t.post("/webhooks/email/demo-email",
                        "From: a@example.com\r\n\r\nmarker-email", "message/rfc822", "Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("demo-email:guess".getBytes(UTF_8))), 401,
                        "invalid-signature", ""));
    }

    private static Stream<Row<BadInputTableTest>> tokenRows() {
        String body = "{\"visitorId\":\"" + VISITOR + "\",\"text\":\"marker-token\"}";
        return Stream.of(
                new Row<>("web chat: expired visitor token", t -> t.post(MESSAGES, body, JSON, "Authorization",
                        "Bearer " + TOKENS.expired()), 401, "invalid-visitor-token", ""),
                new Row<>("web chat: forged visitor token", t -> t.post(MESSAGES, body, JSON, "Authorization",
                        "Bearer " + TOKENS.forged()), 401, "invalid-visitor-token", ""),
                new Row<>("web chat: visitor token of another issuer", t -> t.post(MESSAGES, body, JSON,
                        "Authorization", "Bearer " + TOKENS.wrongIssuer()), 401, "invalid-visitor-token", ""),
                new Row<>("web chat: alg none visitor token", t -> t.post(MESSAGES, body, JSON, "Authorization",
                        "Bearer " + TOKENS.unsigned()), 401, "invalid-visitor-token", ""));
    }

    private static Stream<Row<BadInputTableTest>> webchatRows() {
        return Stream.of(
                new Row<>("web chat: $gt operator as the visitor id", t -> t.post("/webchat/demo-webchat/sessions",
                        "{\"visitorId\":{\"$gt\":\"\"}}", JSON), 400, "invalid-request", "visitorId"),
                new Row<>("web chat: $gt operator as the text", t -> t.postMessage(
                        "{\"visitorId\":\"" + VISITOR + "\",\"text\":{\"$gt\":\"\"}}"), 400, "invalid-request", "text"),
                new Row<>("web chat: attachment named with a path", t -> t.postMessage("{\"visitorId\":\"" + VISITOR
                        + "\",\"text\":\"marker-path\",\"attachments\":[{\"url\":\"https://files.example/a\","
                        + "\"contentType\":\"text/plain\",\"fileName\":\"../../etc/passwd\"}]}"), 400,
                        "invalid-request", "fileName"),
                new Row<>("web chat: NUL in the visitor id", t -> t.postMessage("{\"visitorId\":\"" + VISITOR
                        + "\\u0000\",\"text\":\"marker-nul\"}"), 400, "invalid-request", "visitorId"),
                new Row<>("web chat: deeply nested JSON", t -> t.postMessage("{\"visitorId\":\"" + VISITOR
                        + "\",\"text\":\"marker-deep\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400,
                        "invalid-request", "JSON"),
                new Row<>("web chat: wrong content type", t -> t.post(MESSAGES, "text=marker-form",
                        "application/x-www-form-urlencoded", "Authorization", "Bearer " + TOKENS.genuine()), 415,
                        "unsupported-media-type", ""),
                new Row<>("web chat: body over the limit", t -> t.postMessage("{\"visitorId\":\"" + VISITOR
                        + "\",\"text\":\"marker-big" + "x".repeat(200_000) + "\"}"), 413, "content-too-large", ""),
                new Row<>("web chat: huge header", t -> t.post(MESSAGES, "{}", JSON, "X-Padding", "p".repeat(20_000)),
                        400, "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @Order(1)
    void isRefusedWithAProblem(Row<BadInputTableTest> row) {
        // Given the service with the demo inboxes
        // When the bad request is sent
        Answer answer = row.call().apply(this);

        // Then it is refused with the row's problem, and the service stays healthy
        assertThat(TABLE.refusal(answer, row.status(), row.slug(), row.field())).as(row.name()).isEmpty();
        assertThat(BadInputTable.healthy(URI.create("http://localhost:" + port + "/actuator/health"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.switchboard.embedded.BadInputTable#oddButLegitimateTexts")
    @Order(2)
    void oddButLegitimateTextIsPublishedVerbatim(String text) {
        // Given a visitor's genuine token
        String clientMessageId = "legit-" + UUID.randomUUID();

        // When the visitor writes text that looks hostile but is what a customer may type
        Answer answer = postMessage("{\"visitorId\":\"" + VISITOR + "\",\"clientMessageId\":\"" + clientMessageId
                + "\",\"text\":" + jsonString(text) + "}");
        TABLE.accepted();

        // Then it is accepted and published exactly as written
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        List<InboundEvent> events = InboundTopic.eventsThrough(bootstrapServers(), event ->
                event instanceof MessageReceived received && clientMessageId.equals(received.providerMessageId()));
        assertThat(events).filteredOn(event -> event instanceof MessageReceived received
                && clientMessageId.equals(received.providerMessageId()))
                .singleElement().extracting(event -> ((MessageReceived) event).text()).isEqualTo(text);
    }

    @Test
    @Order(3)
    void nothingTheTableRefusedWasPublished() {
        // Given every row of the table was sent before this genuine message
        String clientMessageId = "after-table-" + UUID.randomUUID();
        assertThat(postMessage("{\"visitorId\":\"" + VISITOR + "\",\"clientMessageId\":\"" + clientMessageId
                + "\",\"text\":\"after the table\"}").status()).isEqualTo(202);

        // When every inbound topic is read through it
        List<InboundEvent> events = InboundTopic.eventsThrough(bootstrapServers(), event ->
                event instanceof MessageReceived received && clientMessageId.equals(received.providerMessageId()));

        // Then no row's marker is in any of them
        assertThat(events).noneMatch(event -> event.toString().contains("marker-"));
    }

    @AfterAll
    static void figures() {
        TABLE.writeFigures();
    }

    Answer postMessage(String json) {
        return post(MESSAGES, json, JSON, "Authorization", "Bearer " + TOKENS.genuine());
    }

    Answer post(String path, String body, String contentType, String... headers) {
        String[] all = Stream.concat(Stream.of("Content-Type", contentType, "Accept", "application/json"),
                Stream.of(headers)).toArray(String[]::new);
        return BadInputTable.send("POST", URI.create("http://localhost:" + port + path), body.getBytes(UTF_8), all);
    }

    Answer get(String pathAndQuery) {
        return BadInputTable.send("GET", URI.create("http://localhost:" + port + pathAndQuery), new byte[0]);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
