package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The health endpoint is what the local stack and docker-compose wait on: it must be UP against the real store. */
class HealthTest extends SwitchboardIntegrationTest {

    @Test
    void isUpAgainstTheEmbeddedStore() throws Exception {
        // Given the service running against the embedded Kafka broker and Mongo-wire server
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build();

        // When a load balancer asks for its health
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        // Then it answers UP
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }
}
