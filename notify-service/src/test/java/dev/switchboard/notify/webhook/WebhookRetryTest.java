package dev.switchboard.notify.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.switchboard.notify.webhook.WebhookFixtures.conversation;
import static dev.switchboard.notify.webhook.WebhookFixtures.opened;
import static dev.switchboard.notify.webhook.WebhookFixtures.resolved;
import static dev.switchboard.notify.webhook.WebhookFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.embedded.EventTopics;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.Topic;
import dev.switchboard.events.WebhookEndpointDisabled;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Receivers in trouble: retries on the schedule, throttling, 410, order per conversation, giving up, replaying. */
class WebhookRetryTest extends WebhookIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void retriesAFailedAttemptOnTheScheduleAndTheLogShowsBothAttempts() throws Exception {
        // Given a receiver that fails once, then recovers
        Endpoint endpoint = register(workspace(), "/flaky/" + UUID.randomUUID());
        RECEIVER.stubFor(post(endpoint.path()).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        RECEIVER.stubFor(post(endpoint.path()).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok()));
        ConversationOpened event = opened(endpoint.workspaceId(), conversation());
        double succeededBefore = count("switchboard.webhooks.deliveries", "outcome", "succeeded");

        // When the first attempt fails
        publish(event);
        await().atMost(WAIT).until(() -> deliveryOf(endpoint, event).path("attempts").size() == 1);

        // Then the next is due 5 s later, and made once that time has come
        JsonNode failedOnce = deliveryOf(endpoint, event);
        assertThat(failedOnce.get("state").asString()).isEqualTo("PENDING");
        assertThat(gap(attemptAt(failedOnce, 0), instant(failedOnce.get("nextAttemptAt"))))
                .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(8));
        clock.advance(Duration.ofSeconds(5));
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, event).path("state").asString()));
        JsonNode delivered = deliveryOf(endpoint, event);
        assertThat(delivered.get("attempts").valueStream().map(attempt -> attempt.get("status").asInt()))
                .containsExactly(500, 200);
        assertThat(delivered.get("attempts").get(0).get("error").asString()).isEqualTo("answered HTTP 500");
        assertThat(gap(attemptAt(delivered, 0), attemptAt(delivered, 1))).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        List<LoggedRequest> requests = received(endpoint.path());
        assertThat(requests).hasSize(2).allSatisfy(request -> {
            assertThat(request.getHeader("webhook-id")).isEqualTo(event.eventId().toString());
            assertThat(request.getHeader("webhook-signature")).isEqualTo(WebhookDeliveryTest.signedIndependently(
                    endpoint.secret(), request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                    request.getBodyAsString()));
        });
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
        assertThat(count("switchboard.webhooks.deliveries", "outcome", "succeeded")).isEqualTo(succeededBefore + 1);
    }

    @Test
    void aThrottlingAnswerHoldsTheWholeEndpointBackForItsRetryAfter() {
        // Given a receiver that asks for a minute's rest once
        Endpoint endpoint = register(workspace(), "/busy/" + UUID.randomUUID());
        RECEIVER.stubFor(post(endpoint.path()).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")).willSetStateTo("rested"));
        RECEIVER.stubFor(post(endpoint.path()).inScenario("busy").whenScenarioStateIs("rested").willReturn(ok()));
        ConversationOpened first = opened(endpoint.workspaceId(), conversation());
        ConversationOpened other = opened(endpoint.workspaceId(), conversation());

        // When the first attempt is throttled, and then another conversation's event arrives
        publish(first);
        await().atMost(WAIT).until(() -> deliveryOf(endpoint, first).path("attempts").size() == 1);
        Instant throttledAt = attemptAt(deliveryOf(endpoint, first), 0);
        publish(other);
        await().atMost(WAIT).until(() -> deliveryOf(endpoint, other).has("state"));

        // Then neither is due before the minute is over, and nothing is sent half-way through it
        assertThat(deliveryOf(endpoint, first).get("attempts").get(0).get("status").asInt()).isEqualTo(429);
        assertThat(instant(deliveryOf(endpoint, first).get("nextAttemptAt"))).isAfterOrEqualTo(throttledAt
                .plusSeconds(60));
        assertThat(instant(deliveryOf(endpoint, other).get("nextAttemptAt"))).isAfterOrEqualTo(throttledAt
                .plusSeconds(60));
        assertThat(instant(WebhookApi.json(api.get("/" + endpoint.id(), endpoint.token())).get("pausedUntil")))
                .isAfterOrEqualTo(throttledAt.plusSeconds(60));
        clock.advance(Duration.ofSeconds(30));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> received(endpoint.path()).size() == 1);
        clock.advance(Duration.ofSeconds(31));
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, first).path("state").asString())
                && "SUCCEEDED".equals(deliveryOf(endpoint, other).path("state").asString()));
        assertThat(received(endpoint.path())).hasSize(3);
    }

    @Test
    void aConversationsLaterEventWaitsForAnEarlierOneThatFailsWhileOtherConversationsGoOn() {
        // Given a receiver that fails the first event of conversation A only
        Endpoint endpoint = register(workspace(), "/picky/" + UUID.randomUUID());
        String conversationA = conversation();
        ConversationOpened a1 = opened(endpoint.workspaceId(), conversationA);
        ConversationResolved a2 = resolved(endpoint.workspaceId(), conversationA);
        ConversationOpened b1 = opened(endpoint.workspaceId(), conversation());
        RECEIVER.stubFor(post(endpoint.path()).atPriority(10).willReturn(ok()));
        RECEIVER.stubFor(post(endpoint.path()).atPriority(5).withRequestBody(containing(a1.eventId().toString()))
                .willReturn(serverError()));

        // When A's two events and B's one arrive
        publish(a1, a2, b1);

        // Then B goes out while A's first is failing, and A's second waits, unsent
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, b1).path("state").asString())
                && deliveryOf(endpoint, a1).path("attempts").size() == 1 && deliveryOf(endpoint, a2).has("state"));
        assertThat(deliveryOf(endpoint, a2).get("attempts")).isEmpty();
        assertThat(webhookIds(endpoint)).doesNotContain(a2.eventId().toString());

        // and once A's first gets through, its second follows
        RECEIVER.stubFor(post(endpoint.path()).atPriority(1).withRequestBody(containing(a1.eventId().toString()))
                .willReturn(ok()));
        clock.advance(Duration.ofSeconds(5));
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, a2).path("state").asString()));
        assertThat(webhookIds(endpoint).stream().filter(id -> !id.equals(b1.eventId().toString())))
                .containsExactly(a1.eventId().toString(), a1.eventId().toString(), a2.eventId().toString());
    }

    @Test
    void goneDisablesTheEndpointAndSaysSoOnNotifyEvents() {
        // Given a receiver that has gone, and a second endpoint of the workspace that is fine
        Endpoint gone = register(workspace(), "/gone/" + UUID.randomUUID());
        Endpoint fine = register(gone.workspaceId(), "/fine/" + UUID.randomUUID());
        RECEIVER.stubFor(post(gone.path()).willReturn(aResponse().withStatus(410)));
        RECEIVER.stubFor(post(fine.path()).willReturn(ok()));
        ConversationOpened first = opened(gone.workspaceId(), conversation());
        ConversationOpened later = opened(gone.workspaceId(), conversation());
        double disabledBefore = count("switchboard.webhooks.endpoints.disabled", "reason", "gone");

        // When
        publish(first);

        // Then
        WebhookEndpointDisabled disabled = disabledEventOf(gone.id());
        assertThat(disabled.reason()).isEqualTo("gone");
        assertThat(disabled.workspaceId()).isEqualTo(gone.workspaceId());
        assertThat(disabled.lastStatus()).isEqualTo(410);
        assertThat(disabled.failingSince()).isNull();
        JsonNode endpoint = WebhookApi.json(api.get("/" + gone.id(), gone.token()));
        assertThat(endpoint.get("enabled").asBoolean()).isFalse();
        assertThat(endpoint.get("disabledReason").asString()).isEqualTo("gone");
        assertThat(deliveryOf(gone, first).get("state").asString()).isEqualTo("FAILED");
        assertThat(count("switchboard.webhooks.endpoints.disabled", "reason", "gone")).isEqualTo(disabledBefore + 1);

        // and a later event reaches the other endpoint but not this one
        publish(later);
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(fine, later).path("state").asString()));
        assertThat(deliveries(gone)).hasSize(1);
        assertThat(received(gone.path())).hasSize(1);
    }

    @Test
    void givesUpAfterTheScheduleDisablesAnEndpointFailingForFiveDaysAndReplaysWhatFailed() {
        // Given a receiver that always fails
        Endpoint endpoint = register(workspace(), "/down/" + UUID.randomUUID());
        RECEIVER.stubFor(post(endpoint.path()).atPriority(10).willReturn(serverError()));
        ConversationOpened first = opened(endpoint.workspaceId(), conversation());
        List<Duration> schedule = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
                Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

        // When the clock runs through the whole schedule (about 75 hours)
        publish(first);
        for (int made = 1; made < schedule.size(); made++) {
            int attempts = made;
            await().atMost(WAIT).until(() -> deliveryOf(endpoint, first).path("attempts").size() == attempts);
            JsonNode pending = deliveryOf(endpoint, first);
            assertThat(gap(attemptAt(pending, made - 1), instant(pending.get("nextAttemptAt"))))
                    .isBetween(schedule.get(made), schedule.get(made).plusSeconds(3));
            clock.advance(schedule.get(made));
        }

        // Then the tenth failure is the last: the delivery failed, the endpoint still enabled (3 days < 5)
        await().atMost(WAIT).until(() -> "FAILED".equals(deliveryOf(endpoint, first).path("state").asString()));
        JsonNode failed = deliveryOf(endpoint, first);
        assertThat(failed.get("attempts")).hasSize(10);
        assertThat(failed.get("lastError").asString()).startsWith("gave up after 10 attempts");
        Instant failingSince = attemptAt(failed, 0);
        JsonNode stillEnabled = WebhookApi.json(api.get("/" + endpoint.id(), endpoint.token()));
        assertThat(stillEnabled.get("enabled").asBoolean()).isTrue();
        assertThat(instant(stillEnabled.get("failingSince"))).isEqualTo(failingSince);

        // When two more days pass and the next event fails too
        clock.advance(Duration.ofDays(2));
        ConversationOpened second = opened(endpoint.workspaceId(), conversation());
        publish(second);

        // Then the endpoint, failing for more than five days, is disabled, and its pending delivery failed
        WebhookEndpointDisabled disabled = disabledEventOf(endpoint.id());
        assertThat(disabled.reason()).isEqualTo("failing");
        assertThat(disabled.failingSince()).isEqualTo(failingSince);
        assertThat(disabled.lastStatus()).isEqualTo(500);
        await().atMost(WAIT).until(() -> "FAILED".equals(deliveryOf(endpoint, second).path("state").asString()));
        assertThat(api.post("/" + endpoint.id() + "/deliveries/replay-failed", endpoint.token(), null).statusCode())
                .isEqualTo(409);

        // When the receiver is fixed, the endpoint enabled and its failed deliveries replayed
        RECEIVER.stubFor(post(endpoint.path()).atPriority(1).willReturn(ok()));
        assertThat(api.post("/" + endpoint.id() + "/enable", endpoint.token(), null).statusCode()).isEqualTo(200);
        JsonNode replayed = WebhookApi.json(api.post("/" + endpoint.id() + "/deliveries/replay-failed",
                endpoint.token(), null));

        // Then both go out, and one of them can be sent once more on request
        assertThat(replayed.get("replayed").asLong()).isEqualTo(2);
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, first).path("state").asString())
                && "SUCCEEDED".equals(deliveryOf(endpoint, second).path("state").asString()));
        assertThat(api.post("/" + endpoint.id() + "/deliveries/" + first.eventId() + "/replay", endpoint.token(),
                null).statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> deliveryOf(endpoint, first).path("attempts").size() == 12
                && "SUCCEEDED".equals(deliveryOf(endpoint, first).path("state").asString()));
        assertThat(api.post("/" + endpoint.id() + "/deliveries/" + UUID.randomUUID() + "/replay", endpoint.token(),
                null).statusCode()).isEqualTo(404);
    }

    private List<String> webhookIds(Endpoint endpoint) {
        return received(endpoint.path()).stream().map(request -> request.getHeader("webhook-id")).toList();
    }

    private double count(String meter, String tag, String value) {
        var counter = meters.find(meter).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private static WebhookEndpointDisabled disabledEventOf(String endpointId) {
        List<WebhookEndpointDisabled> found = new ArrayList<>();
        EventTopics.read(SharedInfrastructure.kafkaBootstrapServers(), List.of(Topic.NOTIFY_EVENTS.topicName()),
                entry -> {
                    SwitchboardEvent event = entry.event();
                    if (event instanceof WebhookEndpointDisabled disabled && disabled.endpointId().equals(endpointId)) {
                        found.add(disabled);
                    }
                }, () -> !found.isEmpty(), WAIT);
        assertThat(found).as("WebhookEndpointDisabled for %s on notify-events", endpointId).hasSize(1);
        return found.get(0);
    }

    private static Instant attemptAt(JsonNode delivery, int index) {
        return instant(delivery.get("attempts").get(index).get("at"));
    }

    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asString());
    }

    private static Duration gap(Instant from, Instant to) {
        return Duration.between(from, to);
    }
}
