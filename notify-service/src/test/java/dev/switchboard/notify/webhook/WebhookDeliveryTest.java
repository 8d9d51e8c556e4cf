package dev.switchboard.notify.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.switchboard.notify.webhook.WebhookFixtures.conversation;
import static dev.switchboard.notify.webhook.WebhookFixtures.delivered;
import static dev.switchboard.notify.webhook.WebhookFixtures.opened;
import static dev.switchboard.notify.webhook.WebhookFixtures.resolved;
import static dev.switchboard.notify.webhook.WebhookFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.SwitchboardEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Events on Kafka reach the endpoints that asked for them, once, signed, as structured-mode CloudEvents. */
class WebhookDeliveryTest extends WebhookIntegrationTest {

    @Test
    void deliversAnEventOnceSignedSoAStockStandardWebhooksLibraryVerifiesIt() throws Exception {
        // Given
        String workspace = workspace();
        String conversation = conversation();
        Endpoint endpoint = register(workspace, "/crm/" + UUID.randomUUID());
        RECEIVER.stubFor(post(endpoint.path()).willReturn(ok()));
        ConversationOpened event = opened(workspace, conversation);

        // When
        publish(event);

        // Then
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, event).path("state").asString()));
        LoggedRequest request = received(endpoint.path()).get(0);
        new Webhook(endpoint.secret()).verify(request.getBodyAsString(), WebhookHttpTest.headersOf(request));
        assertThat(request.getHeader("webhook-signature")).isEqualTo(signedIndependently(endpoint.secret(),
                request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"), request.getBodyAsString()));
        assertThat(request.getHeader("webhook-id")).isEqualTo(event.eventId().toString());
        assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
                .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        JsonNode body = JsonMapper.shared().readTree(request.getBodyAsString());
        assertThat(body.get("specversion").asString()).isEqualTo("1.0");
        assertThat(body.get("id").asString()).isEqualTo(event.eventId().toString());
        assertThat(body.get("type").asString()).isEqualTo(WebhookFixtures.OPENED);
        assertThat(body.get("source").asString()).isEqualTo("/switchboard/notify-service");
        assertThat(Instant.parse(body.get("time").asString())).isEqualTo(event.occurredAt());
        assertThat(body.get("subject").asString()).isEqualTo(conversation);
        assertThat(body.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(body.get("data").get("conversationId").asString()).isEqualTo(conversation);
        assertThat(body.get("data").get("eventId").asString()).isEqualTo(event.eventId().toString());
        JsonNode attempts = deliveryOf(endpoint, event).get("attempts");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(attempts.get(0).get("latencyMs").asLong()).isNotNegative();

        // and a later event of the conversation, once delivered, shows that the first was not sent again
        ConversationResolved later = resolved(workspace, conversation);
        publish(later);
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, later).path("state").asString()));
        assertThat(received(endpoint.path())).extracting(sent -> sent.getHeader("webhook-id"))
                .containsExactly(event.eventId().toString(), later.eventId().toString());
    }

    @Test
    void theSameKafkaRecordReadTwiceIsOneDelivery() {
        // Given
        String workspace = workspace();
        String conversation = conversation();
        Endpoint endpoint = register(workspace, "/crm/" + UUID.randomUUID());
        RECEIVER.stubFor(post(endpoint.path()).willReturn(ok()));
        ConversationOpened event = opened(workspace, conversation);
        ConversationResolved marker = resolved(workspace, conversation);

        // When the record is on the topic twice, followed by another of its conversation (same partition, so read after)
        publish(event, event, marker);

        // Then
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryOf(endpoint, marker).path("state").asString()));
        assertThat(received(endpoint.path())).extracting(sent -> sent.getHeader("webhook-id"))
                .containsExactly(event.eventId().toString(), marker.eventId().toString());
        assertThat(deliveries(endpoint)).hasSize(2);
    }

    @Test
    void anEndpointGetsOnlyItsTypesAndNeverAnotherWorkspacesEvents() {
        // Given two workspaces: A with an endpoint for openings only and one for everything, B with one for everything
        String a = workspace();
        String b = workspace();
        String conversationA = conversation();
        Endpoint openingsOfA = register(a, "/a-openings/" + UUID.randomUUID(), WebhookFixtures.OPENED);
        Endpoint allOfA = register(a, "/a-all/" + UUID.randomUUID(), "*");
        Endpoint allOfB = register(b, "/b-all/" + UUID.randomUUID());
        List.of(openingsOfA, allOfA, allOfB).forEach(endpoint -> RECEIVER.stubFor(post(endpoint.path())
                .willReturn(ok())));
        ConversationOpened openedA = opened(a, conversationA);
        ConversationResolved resolvedA = resolved(a, conversationA);
        MessageDelivered deliveredA = delivered(a, conversationA);
        ConversationOpened openedB = opened(b, conversation());

        // When
        publish(openedA, resolvedA, deliveredA, openedB);

        // Then
        await().atMost(WAIT).until(() -> succeeded(allOfA) == 3 && succeeded(allOfB) == 1
                && succeeded(openingsOfA) == 1);
        assertThat(ids(received(allOfA.path()))).isEqualTo(ids(openedA, resolvedA, deliveredA));
        assertThat(ids(received(openingsOfA.path()))).isEqualTo(ids(openedA));
        assertThat(ids(received(allOfB.path()))).isEqualTo(ids(openedB));
    }

    @Test
    void theDeliveryLogPagesNewestFirstWithACursor() {
        // Given five events of one conversation, delivered
        String workspace = workspace();
        String conversation = conversation();
        Endpoint endpoint = register(workspace, "/crm/" + UUID.randomUUID());
        RECEIVER.stubFor(post(endpoint.path()).willReturn(ok()));
        List<SwitchboardEvent> events = List.of(opened(workspace, conversation), resolved(workspace, conversation),
                resolved(workspace, conversation), resolved(workspace, conversation), resolved(workspace, conversation));
        publish(events.toArray(SwitchboardEvent[]::new));
        await().atMost(WAIT).until(() -> succeeded(endpoint) == 5);

        // When
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = WebhookApi.json(api.get("/" + endpoint.id() + "/deliveries?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), endpoint.token()));
            sizes.add(page.get("deliveries").size());
            page.get("deliveries").forEach(delivery -> seen.add(delivery.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null && sizes.size() < 10);

        // Then
        assertThat(sizes).containsExactly(2, 2, 1);
        List<String> newestFirst = new ArrayList<>(events.stream().map(event -> event.eventId().toString()).toList());
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(WebhookApi.json(api.get("/" + endpoint.id() + "/deliveries?state=FAILED", endpoint.token()))
                .get("deliveries")).isEmpty();
        assertThat(api.get("/" + endpoint.id() + "/deliveries?cursor=bm90LW91cnM", endpoint.token()).statusCode())
                .isEqualTo(400);
    }

    private int succeeded(Endpoint endpoint) {
        return (int) deliveries(endpoint).valueStream()
                .filter(delivery -> "SUCCEEDED".equals(delivery.get("state").asString())).count();
    }

    private static Set<String> ids(List<LoggedRequest> requests) {
        return requests.stream().map(request -> request.getHeader("webhook-id")).collect(Collectors.toSet());
    }

    private static Set<String> ids(SwitchboardEvent... events) {
        return Arrays.stream(events).map(event -> event.eventId().toString()).collect(Collectors.toSet());
    }

    /** The Standard Webhooks signature computed here, from the specification, with nothing of ours. */
    static String signedIndependently(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
