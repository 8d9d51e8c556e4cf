package dev.switchboard.notify.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.notify.security.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One notify-service (real Tomcat, embedded Kafka and Mongo) for the webhook tests, with WireMock on loopback as every
 * receiver (the allow-list lets 127.0.0.1 through, nothing else), a clock the tests move forward, polls every 100 ms
 * and no jitter. It binds only the webhook consumer, in a group and a database of its own, so other test classes'
 * service instances neither take its records nor attempt its deliveries.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.cloud.function.definition=webhookEvents",
    "spring.mongodb.database=" + WebhookIntegrationTest.DATABASE,
    "switchboard.security.agent-token-secret=" + TestTokens.AGENT_SECRET,
    "switchboard.webchat.visitor-token-secret=" + TestTokens.VISITOR_SECRET,
    "switchboard.notify.webhooks.allowed-networks=127.0.0.1/32",
    "switchboard.notify.webhooks.poll=100ms",
    "switchboard.notify.webhooks.jitter=0",
    "switchboard.notify.webhooks.connect-timeout=1s",
    "switchboard.notify.webhooks.read-timeout=3s",
    "switchboard.notify.webhooks.claim-lease=30s"})
@Import(AdjustableClock.class)
abstract class WebhookIntegrationTest {

    static final String DATABASE = "webhook-tests";
    static final WireMockServer RECEIVER = startReceiver();
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    WebhookApi api;
    private final List<Endpoint> registered = new ArrayList<>();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/" + DATABASE);
        registry.add("spring.cloud.stream.bindings.webhookEvents-in-0.group",
                () -> "notify-service.webhooks-test-" + UUID.randomUUID());
    }

    @BeforeEach
    void freshReceiverAndClock() {
        api = new WebhookApi(port);
        RECEIVER.resetAll();
        clock.reset();
    }

    /** Deleting an endpoint deletes its deliveries: nothing a test leaves pending is attempted during the next. */
    @AfterEach
    void deleteEndpoints() {
        registered.forEach(endpoint -> api.delete("/" + endpoint.id(), endpoint.token()));
        registered.clear();
    }

    /** Registers a receiver path of a workspace for the given types (all when none). */
    Endpoint register(String workspaceId, String path, String... eventTypes) {
        String token = TestTokens.supervisor(workspaceId, "sam");
        String types = eventTypes.length == 0 ? "" : ",\"eventTypes\":[\"" + String.join("\",\"", eventTypes) + "\"]";
        HttpResponse<String> created = api.post("", token, "{\"url\":\"" + receiverUrl(path) + "\"" + types + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = WebhookApi.json(created);
        Endpoint endpoint = new Endpoint(json.get("id").asString(), workspaceId, token, json.get("secret").asString(),
                path);
        registered.add(endpoint);
        return endpoint;
    }

    /** The endpoint's delivery log, newest first (one page). */
    JsonNode deliveries(Endpoint endpoint) {
        return WebhookApi.json(api.get("/" + endpoint.id() + "/deliveries", endpoint.token())).get("deliveries");
    }

    /** The one delivery of {@code event} in the endpoint's log, or a missing node. */
    JsonNode deliveryOf(Endpoint endpoint, SwitchboardEvent event) {
        return deliveries(endpoint).valueStream().filter(delivery -> delivery.get("id").asString()
                .equals(event.eventId().toString())).findFirst().orElse(MissingNode.getInstance());
    }

    static void publish(SwitchboardEvent... events) {
        EventTopics.publish(SharedInfrastructure.kafkaBootstrapServers(), "/switchboard/test", events);
    }

    /** The requests a receiver path got, oldest first. */
    static List<LoggedRequest> received(String path) {
        return RECEIVER.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    static String receiverUrl(String path) {
        return "http://127.0.0.1:" + RECEIVER.port() + path;
    }

    private static WireMockServer startReceiver() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** A registered endpoint, with what its workspace's admin and its receiver need. */
    record Endpoint(String id, String workspaceId, String token, String secret, String path) {
    }
}
