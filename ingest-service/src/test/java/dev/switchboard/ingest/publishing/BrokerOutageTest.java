package dev.switchboard.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.EmbeddedKafka;
import dev.switchboard.embedded.FreePorts;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.ingest.InboundTopic;
import dev.switchboard.ingest.webchat.WebchatHttp;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker goes down under a running ingest and comes back on the same data: while it is down every request is a
 * bounded 503 with {@code Retry-After} (soon an immediate one, once the circuit opens), nothing is acknowledged, and
 * the client's retry after the broker returns is accepted and on the topic. This context has a broker of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.ingest.publishing.timeout=2s",
        "switchboard.ingest.publishing.open-for=3s"})
@ActiveProfiles("local")
@DirtiesContext
class BrokerOutageTest {

    private static final Path DATA = tempDir();
    private static final int PORT = FreePorts.pick();
    private static EmbeddedKafka broker = EmbeddedKafka.start(DATA, PORT);

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + PORT);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void whileTheBrokerIsDownEveryRequestIsABounded503AndTheRetryIsAcceptedOnceItIsBack() throws Exception {
        // Given a visitor whose first message went through
        WebchatHttp http = new WebchatHttp(port);
        String visitor = "visitor-outage-" + UUID.randomUUID();
        String token = http.startSession("demo-webchat", "{\"visitorId\":\"" + visitor + "\"}").get("token").asString();
        assertThat(post(http, token, visitor, "first").statusCode()).isEqualTo(202);

        // When the broker stops and the visitor keeps posting the same message, as the widget retries
        broker.close();
        long started = System.nanoTime();
        HttpResponse<String> refused = post(http, token, visitor, "second");
        Duration firstRefusal = Duration.ofNanos(System.nanoTime() - started);
        Duration fastest = firstRefusal;
        for (int attempt = 0; attempt < 8; attempt++) {
            long again = System.nanoTime();
            assertThat(post(http, token, visitor, "second").statusCode()).isEqualTo(503);
            Duration took = Duration.ofNanos(System.nanoTime() - again);
            fastest = took.compareTo(fastest) < 0 ? took : fastest;
        }

        // Then each answer is a 503 problem telling when to retry, within the time limit, and soon an immediate one
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.body()).contains("publishing-unavailable");
        assertThat(refused.headers().firstValue("Retry-After")).contains("3");
        assertThat(firstRefusal).isLessThan(Duration.ofSeconds(5));
        assertThat(fastest).as("an open circuit answers without waiting for Kafka").isLessThan(Duration.ofMillis(500));
        assertThat(meters.counter(InboundPublisher.KAFKA_UNAVAILABLE, "channel", "webchat", "reason", "circuit-open")
                .count()).isPositive();

        // And when the broker is back on the same data, the retried message is accepted and on the topic
        broker = EmbeddedKafka.start(DATA, PORT);
        HttpResponse<String> accepted = retryUntilAccepted(http, token, visitor);
        String messageId = WebchatHttp.json(accepted).get("messageId").asString();
        assertThat(InboundTopic.awaitRecords(broker.bootstrapServers(), messageId, 1))
                .map(record -> EventCodec.decode(record.value(), MessageReceived.class).providerMessageId())
                .containsOnly("second");
    }

    private static HttpResponse<String> retryUntilAccepted(WebchatHttp http, String token, String visitor)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> response = post(http, token, visitor, "second");
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            response = post(http, token, visitor, "second");
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response;
    }

    private static HttpResponse<String> post(WebchatHttp http, String token, String visitor, String clientId)
            throws Exception {
        String body = "{\"visitorId\":\"" + visitor + "\",\"text\":\"are you there?\",\"clientMessageId\":\""
                + clientId + "\"}";
        return http.post("/webchat/demo-webchat/messages", body, "Authorization", "Bearer " + token);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("ingest-broker-outage");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
