package dev.switchboard.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.ingest.EmbeddedBroker;
import dev.switchboard.ingest.InboundTopic;
import dev.switchboard.ingest.webchat.WebchatHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A request's correlation id is on its response and on the Kafka record, so downstream logs can be joined to it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class CorrelationIdTest implements EmbeddedBroker {

    @LocalServerPort
    int port;

    @Test
    void theCallersCorrelationIdIsEchoedAndTravelsOnTheKafkaRecord() {
        // Given a visitor with a session
        WebchatHttp http = new WebchatHttp(port);
        String visitor = "visitor-" + UUID.randomUUID();
        String token = http.startSession("demo-webchat", "{\"visitorId\":\"" + visitor + "\"}").get("token").asString();
        String correlationId = "corr-" + UUID.randomUUID();

        // When the widget posts a message with its own correlation id
        HttpResponse<String> response = http.post("/webchat/demo-webchat/messages",
                "{\"visitorId\":\"" + visitor + "\",\"text\":\"hello\"}", "Authorization", "Bearer " + token,
                CorrelationIds.HEADER, correlationId);

        // Then the response echoes it and the record carries it as a CloudEvents extension attribute
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue(CorrelationIds.HEADER)).contains(correlationId);
        String messageId = WebchatHttp.json(response).get("messageId").asString();
        assertThat(InboundTopic.headers(InboundTopic.awaitRecords(bootstrapServers(), messageId, 1).get(0)))
                .containsEntry("ce_correlationid", correlationId);
    }

    @Test
    void aCorrelationIdThatIsNotAShortPlainTokenIsReplaced() {
        // Given header values that would bloat or forge log lines
        List<String> refused = List.of("x".repeat(65), "a b=c", "id;drop");

        // When each is sent, Then a fresh id is used instead
        for (String offered : refused) {
            HttpResponse<String> response = new WebchatHttp(port).post("/webchat/demo-webchat/sessions", "{}",
                    CorrelationIds.HEADER, offered);
            assertThat(response.headers().firstValue(CorrelationIds.HEADER)).get().asString()
                    .matches("[0-9a-f-]{36}");
        }
    }
}
