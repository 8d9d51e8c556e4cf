package dev.switchboard.notify;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.switchboard.embedded.FreePorts;
import dev.switchboard.embedded.SharedInfrastructure;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running notify-service (real Tomcat, real embedded Kafka and Mongo) shared by every integration test class, with
 * the demo inboxes of the {@code local} profile pointed at WireMock (standing in for Twilio and Meta) and at a
 * GreenMail SMTP port, and provider patience cut to milliseconds so retries, breakers and backoffs run in seconds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
abstract class NotifyIntegrationTest {

    /** Twilio at {@code /twilio/...}, Meta's Graph API at {@code /meta/...}: the local profile's sandbox paths. */
    static final WireMockServer PROVIDERS = startProviders();
    /** Where the demo email inbox relays; each mail test class runs a GreenMail on it. */
    static final int SMTP_PORT = FreePorts.pick();

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/switchboard");
        registry.add("switchboard.notify.sandbox.base-url", PROVIDERS::baseUrl);
        registry.add("switchboard.notify.sandbox.smtp-server", () -> "false");
        registry.add("switchboard.notify.sandbox.smtp-port", () -> SMTP_PORT);
        registry.add("switchboard.notify.providers.connect-timeout", () -> "1s");
        registry.add("switchboard.notify.providers.answer-timeout", () -> "1s");
        registry.add("switchboard.notify.providers.rate-limit-wait", () -> "2s");
        registry.add("switchboard.notify.providers.bulkhead.max-wait", () -> "500ms");
        registry.add("switchboard.notify.providers.retry.max-attempts", () -> "8");
        registry.add("switchboard.notify.providers.retry.initial-backoff", () -> "100ms");
        registry.add("switchboard.notify.providers.retry.randomization", () -> "0.2");
        registry.add("switchboard.notify.providers.retry.max-backoff", () -> "400ms");
        registry.add("switchboard.notify.providers.retry.max-retry-after", () -> "2s");
        registry.add("switchboard.notify.providers.circuit-breaker.sliding-window", () -> "4");
        registry.add("switchboard.notify.providers.circuit-breaker.minimum-calls", () -> "4");
        registry.add("switchboard.notify.providers.circuit-breaker.open-for", () -> "500ms");
        registry.add("switchboard.notify.providers.circuit-breaker.half-open-calls", () -> "1");
        registry.add("switchboard.notify.delivery.claim-lease", () -> "7s");
        registry.add("switchboard.notify.delivery.claim-poll", () -> "200ms");
        registry.add("switchboard.notify.presence.renew-every", () -> "1s");
        registry.add("switchboard.notify.presence.valid-for", () -> "3s");
    }

    /** Every test meets healthy providers: no stubs, no requests on record, every circuit closed. */
    @BeforeEach
    void healthyProviders() {
        PROVIDERS.resetAll();
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    URI socket(String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + port + pathAndQuery);
    }

    URI http(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static WireMockServer startProviders() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
