package dev.switchboard.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.ingest.EmbeddedBroker;
import dev.switchboard.ingest.webchat.WebchatHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Every inbox endpoint, whatever its channel, is behind a per-inbox rate limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.ingest.rate-limit.requests-per-second=3")
@ActiveProfiles("local")
class InboxRateLimitTest implements EmbeddedBroker {

    @LocalServerPort
    int port;

    @Test
    void aFloodOnOneInboxIsA429WithRetryAfterAndLeavesOtherInboxesAlone() {
        // Given an inbox that accepts three requests a second
        WebchatHttp http = new WebchatHttp(port);

        // When ten requests reach it at once, and then one reaches another inbox
        List<HttpResponse<String>> flood = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flood.add(http.post("/webhooks/twilio/demo-sms", "{}"));
        }
        HttpResponse<String> other = http.post("/webhooks/twilio/demo-whatsapp", "{}");

        // Then the surplus is refused before any parsing with a 429 problem naming the inbox and when to retry
        assertThat(flood).filteredOn(response -> response.statusCode() == 429).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(response -> {
                    assertThat(response.body()).contains("too-many-requests").contains("demo-sms");
                    assertThat(response.headers().firstValue("Retry-After")).contains("1");
                });
        assertThat(other.statusCode()).as("the other inbox still answers for itself").isNotEqualTo(429);
    }
}
