package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusChanged;
import dev.switchboard.events.DeliveryUpdated;
import dev.switchboard.events.MessageDelivered;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * notify-service's {@code delivery-events} become each reply's delivery state, shown in the agents' message history;
 * it only moves forward. One conversation's delivery events are handled in order, so once a later event shows, every
 * earlier one has been handled.
 */
class ReplyDeliveryStateTest extends SwitchboardIntegrationTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private String conversationId;
    private String alice;

    @BeforeEach
    void alicesConversation() {
        conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, "alice");
        alice = api.tokenFor("alice", "alice-local-pw");
    }

    @Test
    void theHistoryShowsHowFarEachReplyGot() {
        // Given alice's reply
        String reply = reply("Rebooting now");

        // When notify reports a failing try, then the provider's acceptance, then its receipt
        kafka.send(new DeliveryFailed(UUID.randomUUID(), T0, "demo", conversationId, reply, Channel.WEBCHAT,
                "provider answered 503; retrying", 1, false));
        JsonNode failing = awaitDelivery(reply, "FAILED");
        kafka.send(new MessageDelivered(UUID.randomUUID(), T0.plusSeconds(1), "demo", conversationId, reply,
                Channel.WEBCHAT, "SM1"));
        awaitDelivery(reply, "SENT");
        kafka.send(changed(reply, DeliveryStatus.DELIVERED, T0.plusSeconds(2)));

        // Then each shows in turn; the customer's message has no delivery
        JsonNode delivered = awaitDelivery(reply, "DELIVERED");
        assertThat(failing.path("reason").asString()).isEqualTo("provider answered 503; retrying");
        assertThat(failing.path("permanent").asBoolean()).isFalse();
        assertThat(Instant.parse(delivered.path("updatedAt").asString())).isEqualTo(T0.plusSeconds(2));
        assertThat(delivered.path("reason").isNull()).isTrue();
        assertThat(kafka.awaitCount(DeliveryUpdated.class, event -> event.messageId().equals(reply), 3))
                .extracting(KafkaProbe.Received::event).satisfiesExactly(
                        first -> assertThat(first.status()).isEqualTo(DeliveryStatus.FAILED),
                        second -> assertThat(second.status()).isEqualTo(DeliveryStatus.SENT),
                        third -> {
                            assertThat(third.status()).isEqualTo(DeliveryStatus.DELIVERED);
                            assertThat(third.agentId()).isEqualTo("alice");
                            assertThat(third.conversationId()).isEqualTo(conversationId);
                        });
        assertThat(StreamSupport.stream(history().spliterator(), false)
                .filter(message -> message.path("direction").asString().equals("INBOUND")))
                .singleElement().satisfies(inbound -> assertThat(inbound.path("delivery").isNull()).isTrue());
    }

    @Test
    void aReplysDeliveryNeverGoesBack() {
        // Given a reply read by the customer, and a second reply
        String read = reply("Rebooting now");
        String later = reply("Anything else?");
        kafka.send(changed(read, DeliveryStatus.READ, T0.plusSeconds(3)));
        awaitDelivery(read, "READ");

        // When late and repeated events for the first reply come, then the second reply's acceptance
        kafka.send(changed(read, DeliveryStatus.DELIVERED, T0.plusSeconds(2)));
        kafka.send(new MessageDelivered(UUID.randomUUID(), T0.plusSeconds(1), "demo", conversationId, read,
                Channel.WEBCHAT, "SM1"));
        kafka.send(new DeliveryFailed(UUID.randomUUID(), T0, "demo", conversationId, read, Channel.WEBCHAT,
                "provider answered 503; retrying", 1, false));
        kafka.send(new MessageDelivered(UUID.randomUUID(), T0.plusSeconds(4), "demo", conversationId, later,
                Channel.WEBCHAT, "SM2"));

        // Then the first reply is still read, as of the receipt that said so
        awaitDelivery(later, "SENT");
        JsonNode first = delivery(read);
        assertThat(first.path("status").asString()).isEqualTo("READ");
        assertThat(Instant.parse(first.path("updatedAt").asString())).isEqualTo(T0.plusSeconds(3));
        // And subscribers heard of the read once, and of none of the late events
        kafka.await(DeliveryUpdated.class, event -> event.messageId().equals(later));
        assertThat(kafka.matching(DeliveryUpdated.class, event -> event.messageId().equals(read)))
                .extracting(received -> received.event().status()).containsExactly(DeliveryStatus.READ);
    }

    @Test
    void aProviderFailureAfterAcceptanceShowsItsReasonAsPermanent() {
        // Given an accepted reply
        String reply = reply("Rebooting now");
        kafka.send(new MessageDelivered(UUID.randomUUID(), T0, "demo", conversationId, reply, Channel.WEBCHAT,
                "SM1"));
        awaitDelivery(reply, "SENT");

        // When the provider reports it undelivered
        kafka.send(new DeliveryStatusChanged(UUID.randomUUID(), T0.plusSeconds(1), "demo", conversationId, reply,
                Channel.WEBCHAT, DeliveryStatus.FAILED, "SM1", "30003", "Unreachable destination handset", T0));

        // Then it shows failed for good, with the provider's words
        JsonNode failed = awaitDelivery(reply, "FAILED");
        assertThat(failed.path("reason").asString())
                .isEqualTo("Unreachable destination handset (provider error 30003)");
        assertThat(failed.path("permanent").asBoolean()).isTrue();
    }

    private String reply(String text) {
        AgentApi.Response sent = api.post("/api/v1/conversations/" + conversationId + "/messages", alice,
                Map.of("text", text));
        assertThat(sent.status()).isEqualTo(201);
        return sent.text("messageId");
    }

    private DeliveryStatusChanged changed(String messageId, DeliveryStatus status, Instant at) {
        return new DeliveryStatusChanged(UUID.randomUUID(), at, "demo", conversationId, messageId, Channel.WEBCHAT,
                status, "SM1", null, null, at);
    }

    private JsonNode awaitDelivery(String messageId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(delivery(messageId).path("status").asString(null)));
        return delivery(messageId);
    }

    private JsonNode delivery(String messageId) {
        for (JsonNode message : history()) {
            if (message.path("messageId").asString().equals(messageId)) {
                return message.path("delivery");
            }
        }
        throw new AssertionError("message " + messageId + " is not in the history");
    }

    private JsonNode history() {
        AgentApi.Response response = api.get("/api/v1/conversations/" + conversationId + "/messages", alice);
        assertThat(response.status()).isEqualTo(200);
        return response.body().path("items");
    }
}
