package dev.switchboard.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.security.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SMS and WhatsApp replies through Twilio's Messages API, with WireMock playing Twilio. */
class TwilioDeliveryTest extends NotifyIntegrationTest {

    static final String MESSAGES = "/twilio/2010-04-01/Accounts/AClocal0000000000000000000000demo/Messages.json";

    @Test
    void postsTheReplyAsTwiliosFormWithBasicAuthAndSaysWhichMessageItBecame() {
        // Given Twilio accepts messages
        String customer = ReplyFixtures.freshNumber();
        PROVIDERS.stubFor(toCustomer(customer).willReturn(created("SM0123456789abcdef0123456789abcdef")));
        AgentReplied reply = ReplyFixtures.reply(ReplyFixtures.WORKSPACE, "demo-sms", Channel.SMS, customer,
                "Try unplugging it & back in", List.of(new Attachment("https://files.example/a.png", "image/png",
                        "a.png"), new Attachment("https://files.example/b.pdf", "application/pdf", "b.pdf")), null);

        // When
        KafkaTestClient.publish(reply);

        // Then Twilio got exactly the documented request, once
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                delivered -> assertThat(delivered.providerMessageId()).isEqualTo("SM0123456789abcdef0123456789abcdef"));
        List<LoggedRequest> requests = requestsTo(customer);
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                "AClocal0000000000000000000000demo:local-only-twilio-auth-token-demo-sms"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.formParameters().get("To").values()).containsExactly(customer);
        assertThat(request.formParameters().get("From").values()).containsExactly("+15005550006");
        assertThat(request.formParameters().get("Body").values()).containsExactly("Try unplugging it & back in");
        assertThat(request.formParameters().get("MediaUrl").values())
                .containsExactly("https://files.example/a.png", "https://files.example/b.pdf");
        assertThat(request.formParameters().get("StatusCallback").values())
                .containsExactly("http://127.0.0.1:8081/webhooks/twilio/demo-sms");
        assertThat(request.formParameters()).doesNotContainKey("MessagingServiceSid");
    }

    @Test
    void addressesWhatsappRepliesWithTwiliosChannelPrefix() {
        // Given
        String customer = ReplyFixtures.freshNumber();
        PROVIDERS.stubFor(post(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo("whatsapp:" + customer))
                .willReturn(created("SMwhatsapp")));
        AgentReplied reply = ReplyFixtures.reply("demo-whatsapp", Channel.WHATSAPP, customer);

        // When
        KafkaTestClient.publish(reply);

        // Then
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOf(MessageDelivered.class);
        LoggedRequest request = PROVIDERS.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).get(0);
        assertThat(request.formParameters().get("From").values()).containsExactly("whatsapp:+14155238886");
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                "AClocal0000000000000000000000demo:local-only-twilio-auth-token-demo-whatsapp"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRecordDeliveredTwiceReachesTheCustomerOnce() {
        // Given a reply that Kafka hands notify twice (a redelivery after a rebalance, a producer retry)
        String customer = ReplyFixtures.freshNumber();
        PROVIDERS.stubFor(toCustomer(customer).willReturn(created("SMonce")));
        AgentReplied reply = ReplyFixtures.reply("demo-sms", Channel.SMS, customer);

        // When
        KafkaTestClient.publish(reply);
        KafkaTestClient.publish(reply);

        // Then both records end in the same outcome event, and Twilio was called once
        List<DeliveryEvent> outcomes = KafkaTestClient.eventsFor(reply.messageId(), event -> true, 2);
        assertThat(outcomes).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOf(MessageDelivered.class));
        assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0));
        PROVIDERS.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(customer)));
    }

    @Test
    void anOutageIsRetriedThroughAnOpenCircuitAndTheReplyDeliveredOnceItEnds() {
        // Given Twilio answers 503 four times, then recovers
        String customer = ReplyFixtures.freshNumber();
        String[] states = {Scenario.STARTED, "503-2", "503-3", "503-4", "recovered"};
        for (int i = 0; i < 4; i++) {
            PROVIDERS.stubFor(toCustomer(customer).inScenario("outage").whenScenarioStateIs(states[i])
                    .willReturn(twilioError(503, 20503, "Service unavailable")).willSetStateTo(states[i + 1]));
        }
        PROVIDERS.stubFor(toCustomer(customer).inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(created("SMafter")));
        CircuitBreaker twilio = circuitBreakers.circuitBreaker("twilio");
        List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
        twilio.getEventPublisher().onStateTransition(event -> transitions.add(event.getStateTransition()));
        AgentReplied reply = ReplyFixtures.reply("demo-sms", Channel.SMS, customer);

        // When
        KafkaTestClient.publish(reply);

        // Then the agent heard it was failing, then that it went out, once, after the circuit opened and closed
        DeliveryEvent notice = KafkaTestClient.deliveryOf(reply.messageId());
        assertThat(notice).isInstanceOfSatisfying(DeliveryFailed.class, failed -> {
            assertThat(failed.permanent()).isFalse();
            assertThat(failed.reason()).contains("twilio error 20503 (status 503)").endsWith("; retrying");
        });
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                delivered -> assertThat(delivered.providerMessageId()).isEqualTo("SMafter"));
        PROVIDERS.verify(exactly(5), postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(customer)));
        assertThat(transitions).containsSubsequence(CircuitBreaker.StateTransition.CLOSED_TO_OPEN,
                CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN, CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED);
        assertThat(twilio.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysWhenTwilioThrottles() {
        // Given Twilio throttles the first request for 2 s
        String customer = ReplyFixtures.freshNumber();
        PROVIDERS.stubFor(toCustomer(customer).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(twilioError(429, 20429, "Too Many Requests").withHeader("Retry-After", "2"))
                .willSetStateTo("allowed"));
        PROVIDERS.stubFor(toCustomer(customer).inScenario("throttled").whenScenarioStateIs("allowed")
                .willReturn(created("SMpatient")));
        AgentReplied reply = ReplyFixtures.reply("demo-sms", Channel.SMS, customer);

        // When
        KafkaTestClient.publish(reply);

        // Then the second try came no sooner than Twilio asked (backoff alone is 100 ms, the sender's pace 1 s)
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOf(MessageDelivered.class);
        List<LoggedRequest> requests = requestsTo(customer);
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(requests.get(0).getLoggedDate().toInstant(),
                requests.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofMillis(1_950));
        assertThat(circuitBreakers.circuitBreaker("twilio").getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aRefusedReplyIsParkedAtOnceAndDeliveredOnceWhenReplayedAfterTheFix() throws Exception {
        // Given Twilio refuses the number for good
        String customer = ReplyFixtures.freshNumber();
        PROVIDERS.stubFor(toCustomer(customer).willReturn(twilioError(400, 21211,
                "The 'To' number " + customer + " is not a valid phone number.")));
        AgentReplied reply = ReplyFixtures.reply("demo-sms", Channel.SMS, customer);
        String supervisor = TestTokens.supervisor(ReplyFixtures.WORKSPACE, "sam");

        // When
        KafkaTestClient.publish(reply);

        // Then it failed at once, for good, with Twilio's code and words, after one request, and is parked
        assertThat(KafkaTestClient.deliveryOf(reply.messageId())).isInstanceOfSatisfying(DeliveryFailed.class,
                failed -> {
                    assertThat(failed.permanent()).isTrue();
                    assertThat(failed.attempts()).isEqualTo(1);
                    assertThat(failed.reason()).isEqualTo("twilio error 21211 (status 400): The 'To' number "
                            + customer + " is not a valid phone number.");
                });
        PROVIDERS.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(customer)));
        JsonNode parked = deadLetter(supervisor, reply.messageId());
        assertThat(parked.get("state").asString()).isEqualTo("DEAD");
        assertThat(parked.get("errorCode").asString()).isEqualTo("21211");
        assertThat(parked.at("/tries/0/status").asInt()).isEqualTo(400);

        // When the number is fixed on Twilio's side and the supervisor replays it, twice
        PROVIDERS.stubFor(toCustomer(customer).willReturn(created("SMreplayed")));
        var replayed = AdminClient.post(http("/api/v1/admin/dead-letters/" + reply.messageId() + "/replay"),
                supervisor);
        assertThat(replayed.statusCode()).isEqualTo(202);
        DeliveryEvent delivered = KafkaTestClient.outcomeOf(reply.messageId(), MessageDelivered.class::isInstance);
        var again = AdminClient.post(http("/api/v1/admin/dead-letters/" + reply.messageId() + "/replay"),
                supervisor);

        // Then it went out once more, and only once
        assertThat(((MessageDelivered) delivered).providerMessageId()).isEqualTo("SMreplayed");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(AdminClient.json(again).get("type").asString())
                .isEqualTo("https://switchboard.dev/problems/not-parked");
        PROVIDERS.verify(exactly(2), postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(customer)));
    }

    private JsonNode deadLetter(String token, String messageId) throws Exception {
        for (JsonNode parked : AdminClient.json(AdminClient.get(http("/api/v1/admin/dead-letters"), token))) {
            if (parked.get("messageId").asString().equals(messageId)) {
                return parked;
            }
        }
        throw new AssertionError("message " + messageId + " is not among the dead letters");
    }

    private static MappingBuilder toCustomer(String customer) {
        return post(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(customer));
    }

    private static List<LoggedRequest> requestsTo(String customer) {
        return PROVIDERS.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(customer)));
    }

    private static ResponseDefinitionBuilder created(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}");
    }

    static ResponseDefinitionBuilder twilioError(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":"
                        + "\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}");
    }
}
