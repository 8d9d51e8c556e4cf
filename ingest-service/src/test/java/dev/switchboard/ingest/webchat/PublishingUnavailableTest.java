package dev.switchboard.ingest.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.SharedInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When Kafka cannot take a message the visitor gets a 503 within the producer's bounds, never a hang and never a
 * 202. This context publishes to a probe topic of its own, which the test deletes from under the running producer
 * (the broker refuses to re-create topics), so the shared broker stays up for every other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@DirtiesContext
class PublishingUnavailableTest {

    private static final String PROBE_TOPIC = "ingest-unavailable-probe";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        SharedInfrastructure.kafka().createTopics(List.of(new NewTopic(PROBE_TOPIC, 1, (short) 1)));
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.cloud.stream.bindings.inbound-out-0.destination", () -> PROBE_TOPIC);
    }

    @Test
    void messageKafkaCannotStoreIsA503WithinTheProducerBound() throws Exception {
        // Given a visitor whose first message went through, and then the topic disappears
        WebchatHttp http = new WebchatHttp(port);
        String token = http.startSession("demo-webchat", "{\"visitorId\":\"visitor-503\"}").get("token").asString();
        String body = "{\"visitorId\":\"visitor-503\",\"text\":\"are you there?\"}";
        String path = "/webchat/demo-webchat/messages";
        assertThat(http.post(path, body, "Authorization", "Bearer " + token).statusCode()).isEqualTo(202);
        deleteProbeTopic();

        // When the visitor posts again
        long started = System.nanoTime();
        HttpResponse<String> response = http.post(path, body, "Authorization", "Bearer " + token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // Then the answer is a 503 problem telling when to retry, given within the ~10 s the producer is allowed
        WebchatIngestContract.assertProblem(response, 503, "publishing-unavailable", "retry");
        assertThat(response.headers().firstValue("Retry-After")).contains("10");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }

    private static void deleteProbeTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.deleteTopics(List.of(PROBE_TOPIC)).all().get();
        }
    }
}
