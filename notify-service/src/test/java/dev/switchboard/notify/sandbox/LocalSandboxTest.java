package dev.switchboard.notify.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.FreePorts;
import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.ThreadHints;
import dev.switchboard.events.Topic;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code local} profile as the demo runs it: the demo inboxes point at this service's own sandbox, replies go
 * out through the real provider clients to it (and to its SMTP sink), and {@code GET /sandbox/outbox} shows them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = {"spring.kafka.bootstrap-servers=127.0.0.1:1",
    // the webhook fan-out reads delivery-events too, and a test-binder destination that already has a subscriber is
    // not captured by OutputDestination
    "spring.cloud.stream.bindings.webhookEvents-in-0.destination=webhooks-not-under-test"})
@Import(TestChannelBinderConfiguration.class)
@ActiveProfiles("local")
class LocalSandboxTest {

    private static final int PORT = FreePorts.pick();
    private static final int SMTP_PORT = FreePorts.pick();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("switchboard.notify.sandbox.smtp-port", () -> SMTP_PORT);
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/switchboard");
    }

    @Test
    void everyDemoChannelsReplyGoesOutToTheSandboxAndShowsInItsOutbox() throws Exception {
        // Given one reply per provider-backed demo inbox
        List<AgentReplied> replies = List.of(reply("demo-sms", Channel.SMS, "+15550101", null),
                reply("demo-whatsapp", Channel.WHATSAPP, "+15550102", null),
                reply("demo-whatsapp-cloud", Channel.WHATSAPP, "15550103", null),
                reply("demo-messenger", Channel.MESSENGER, "psid-104", null),
                reply("demo-instagram", Channel.INSTAGRAM, "igsid-105", null),
                reply("demo-email", Channel.EMAIL, "ana@example.com",
                        new ThreadHints("<c1@mail.example>", "<c1@mail.example>", List.of(), "Modem")));

        // When each arrives on its channel's topic
        for (AgentReplied reply : replies) {
            input.send(record(reply), Topic.of(reply).topicName());
        }

        // Then each was accepted by "its provider", and the outbox shows what each would have sent
        for (AgentReplied reply : replies) {
            Message<byte[]> outcome = output.receive(10_000, "delivery-events");
            assertThat(outcome).as("outcome of %s", reply.inboxId()).isNotNull();
            assertThat(EventCodec.decode(outcome.getHeaders(), outcome.getPayload()))
                    .isInstanceOfSatisfying(MessageDelivered.class, delivered ->
                            assertThat(delivered.messageId()).isEqualTo(reply.messageId()));
        }
        JsonNode outbox = JsonMapper.shared().readTree(get("/sandbox/outbox").body());
        assertThat(outbox.valueStream().map(entry -> entry.get("provider").asString() + " " + entry.get("to")
                .asString())).contains("twilio +15550101", "twilio whatsapp:+15550102", "whatsapp-cloud 15550103",
                        "meta psid-104", "meta igsid-105", "smtp ana@example.com");
        JsonNode mail = outbox.valueStream().filter(entry -> entry.get("provider").asString().equals("smtp"))
                .findFirst().orElseThrow();
        assertThat(mail.at("/details/subject").asString()).isEqualTo("Re: Modem");
        assertThat(mail.at("/details/In-Reply-To").asString()).isEqualTo("<c1@mail.example>");
        assertThat(mail.get("text").asString()).isEqualTo("Thanks for waiting.");
    }

    @Test
    void answersLikeTwilioWhenARequestIsIncomplete() throws Exception {
        // Given / When
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                        + "/sandbox/twilio/2010-04-01/Accounts/AC1/Messages.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic QUMxOnNlY3JldA==")
                .POST(HttpRequest.BodyPublishers.ofString("Body=hi")).build(), HttpResponse.BodyHandlers.ofString());
        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JsonMapper.shared().readTree(response.body());
        assertThat(error.get("code").asInt()).isEqualTo(21604);
        assertThat(error.get("more_info").asString()).isEqualTo("https://www.twilio.com/docs/errors/21604");
    }

    @Test
    void refusesTwiliosInvalidTestNumberSoTheDemoCanShowAFailedReply() throws Exception {
        // Given an SMS reply to Twilio's magic "invalid number"
        AgentReplied reply = reply("demo-sms", Channel.SMS, SandboxTwilio.INVALID_NUMBER, null);

        // When it goes out
        input.send(record(reply), Topic.of(reply).topicName());

        // Then it fails for good with Twilio's code and words, and nothing was "sent"
        Message<byte[]> outcome = output.receive(10_000, "delivery-events");
        assertThat(outcome).isNotNull();
        assertThat(EventCodec.decode(outcome.getHeaders(), outcome.getPayload()))
                .isInstanceOfSatisfying(DeliveryFailed.class, failed -> {
                    assertThat(failed.messageId()).isEqualTo(reply.messageId());
                    assertThat(failed.permanent()).isTrue();
                    assertThat(failed.reason()).contains("21211", "is not a valid phone number");
                });
        assertThat(get("/sandbox/outbox").body()).doesNotContain(SandboxTwilio.INVALID_NUMBER);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static AgentReplied reply(String inboxId, Channel channel, String recipient, ThreadHints hints) {
        return new AgentReplied(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), "demo",
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), inboxId, channel, recipient, "alice",
                "Thanks for waiting.", List.of(), hints);
    }

    private static Message<byte[]> record(AgentReplied reply) {
        return MessageBuilder.withPayload(EventCodec.encode(reply))
                .copyHeaders(CloudEventHeaders.of(reply, "/switchboard/conversation-service"))
                .setHeader(KafkaHeaders.KEY, reply.partitionKey().getBytes(UTF_8))
                .build();
    }
}
