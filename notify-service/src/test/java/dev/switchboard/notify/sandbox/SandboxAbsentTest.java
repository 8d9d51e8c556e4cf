package dev.switchboard.notify.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Outside the {@code local} profile there is no sandbox: nothing answers in a provider's place. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.kafka.bootstrap-servers=127.0.0.1:1",
    "switchboard.security.agent-token-secret=test-only-agent-token-secret-0123456789abcdef",
    "switchboard.webchat.visitor-token-secret=test-only-visitor-token-secret-0123456789abcdef"})
@Import(TestChannelBinderConfiguration.class)
class SandboxAbsentTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void deliveryLog(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/switchboard");
    }

    @Test
    void noSandboxEndpointOrServerExistsInTheDefaultProfile() throws Exception {
        // Given / When
        int outbox = status(HttpRequest.newBuilder(uri("/sandbox/outbox")).GET());
        int twilio = status(HttpRequest.newBuilder(uri("/sandbox/twilio/2010-04-01/Accounts/AC1/Messages.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("To=%2B15550100&Body=hi")));
        int meta = status(HttpRequest.newBuilder(uri("/sandbox/meta/v25.0/me/messages?access_token=t"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\":{\"id\":\"1\"}}")));
        int health = status(HttpRequest.newBuilder(uri("/actuator/health")).GET());
        // Then
        assertThat(outbox).isEqualTo(404);
        assertThat(twilio).isEqualTo(404);
        assertThat(meta).isEqualTo(404);
        assertThat(health).isEqualTo(200);
        assertThat(context.getBeansOfType(SandboxOutbox.class)).isEmpty();
        assertThat(context.getBeansOfType(SandboxMail.class)).isEmpty();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int status(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
