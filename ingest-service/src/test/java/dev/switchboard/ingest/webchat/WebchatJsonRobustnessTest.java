package dev.switchboard.ingest.webchat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.embedded.HostileTokens;
import dev.switchboard.ingest.EmbeddedBroker;
import dev.switchboard.ingest.Mutations;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whatever JSON a widget (or anyone holding a visitor token) posts, the web chat endpoint answers 202 or a 4xx
 * problem detail, never a 5xx: seeded, bounded mutations of real-shaped posts through the real HTTP endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class WebchatJsonRobustnessTest implements EmbeddedBroker {

    private static final long SEED = 20261124L;
    private static final int RUNS = 2_000;
    private static final String VISITOR = "visitor-fuzz";
    private static final List<String> SAMPLES = List.of(
            "{\"visitorId\":\"visitor-fuzz\",\"text\":\"Help! My internet cut out\",\"clientMessageId\":\"c-1\"}",
            "{\"visitorId\":\"visitor-fuzz\",\"text\":\"photo\",\"attachments\":[{\"url\":\"https://files.example/"
                    + "modem.jpg\",\"contentType\":\"image/jpeg\",\"fileName\":\"modem.jpg\",\"size\":2048}]}",
            "{\"visitorId\":\"visitor-fuzz\",\"text\":\"caf\u00e9 \\u00e9 \uD83D\uDE00 \\ud83d\\ude00\"}");

    @LocalServerPort
    int port;

    @Test
    void mutatedPostsAreAcceptedOrRefusedWithAProblemNeverA5xx() {
        // Given a genuine visitor token, the samples, and a seeded generator of the shared mutations
        String token = new HostileTokens("local-only-visitor-token-secret-change-me-0123456789", "switchboard-webchat",
                Map.of("sub", VISITOR, "ws", "demo", "inbox", "demo-webchat")).genuine();
        URI messages = URI.create("http://localhost:" + port + "/webchat/demo-webchat/messages");
        RandomGenerator random = new SplittableRandom(SEED);
        BadInputTable figures = new BadInputTable("fuzz-webchat-json");
        int refused = 0;

        for (int run = 0; run < RUNS; run++) {
            byte[] body = Mutations.mutate(SAMPLES.get(random.nextInt(SAMPLES.size())).getBytes(UTF_8), random);

            // When it is posted
            BadInputTable.Answer answer = BadInputTable.send("POST", messages, body, "Content-Type",
                    "application/json", "Authorization", "Bearer " + token);

            // Then it is accepted, or refused with a problem detail of a stable type
            assertThat(answer.status()).as("run %d: %s", run, answer.body())
                    .satisfiesAnyOf(status -> assertThat(status).isEqualTo(202),
                            status -> assertThat(status).isBetween(400, 499));
            if (answer.status() != 202) {
                assertThat(answer.problemType()).as("run %d", run).startsWith(BadInputTable.PROBLEM_BASE);
                refused++;
            }
            figures.fuzzed(answer.status() != 202);
        }
        figures.writeFigures();
        assertThat(refused).as("refused").isBetween(RUNS / 50, RUNS - RUNS / 50);
    }
}
