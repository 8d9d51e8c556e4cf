package dev.switchboard.notify.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventFixtures;
import dev.switchboard.events.EventTypes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinder;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pins the YAML wiring from {@code outbound-webchat} to {@code delivery-events} (binding names, destinations,
 * CloudEvents headers, key) in seconds, with the test binder. Kafka points at a closed port: the test binder is the
 * only {@code Binder} bean in the context, which the binder factory prefers over the Kafka binder on the classpath.
 * The delivery log is the real embedded Mongo.
 */
@SpringBootTest(properties = {"spring.kafka.bootstrap-servers=127.0.0.1:1",
        "switchboard.notify.sandbox.smtp-server=false",
        // the webhook fan-out reads delivery-events too, and a test-binder destination that already has a subscriber
        // is not captured by OutputDestination
        "spring.cloud.stream.bindings.webhookEvents-in-0.destination=webhooks-not-under-test"})
@Import(TestChannelBinderConfiguration.class)
@ActiveProfiles("local")
class OutboundBindingTest {

    private static final String OUTBOUND = "outbound-webchat";
    private static final String DELIVERY = "delivery-events";
    private static final long WAIT_MS = 5_000;

    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    @Autowired
    TestChannelBinder binder;

    @DynamicPropertySource
    static void deliveryLog(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/switchboard");
    }

    @BeforeEach
    void startClean() {
        output.clear();
        binder.resetLastError();
    }

    @Test
    void aReplyToAVisitorWithNoOpenWidgetComesOutAsDeliveryFailed() {
        // Given a web chat reply whose visitor has no widget open on this instance
        AgentReplied reply = EventFixtures.agentReplied();

        // When it arrives on outbound-webchat
        input.send(record(reply, EventTypes.typeOf(AgentReplied.class)), OUTBOUND);

        // Then delivery-events carries a DeliveryFailed for it, as a CloudEvent keyed by the conversation
        Message<byte[]> outcome = output.receive(WAIT_MS, DELIVERY);
        assertThat(outcome).as("a record on %s", DELIVERY).isNotNull();
        assertThat(header(outcome, CloudEventHeaders.TYPE)).isEqualTo("dev.switchboard.delivery.failed.v1");
        assertThat(header(outcome, CloudEventHeaders.SOURCE)).isEqualTo("/switchboard/notify-service");
        assertThat(header(outcome, KafkaHeaders.KEY)).isEqualTo(EventFixtures.CONVERSATION);
        assertThat(EventCodec.decode(outcome.getHeaders(), outcome.getPayload()))
                .isInstanceOfSatisfying(DeliveryFailed.class, failed -> {
                    assertThat(failed.messageId()).isEqualTo(reply.messageId());
                    assertThat(failed.conversationId()).isEqualTo(EventFixtures.CONVERSATION);
                    assertThat(failed.reason()).isEqualTo("visitor not connected");
                    assertThat(failed.permanent()).isFalse();
                    assertThat(header(outcome, CloudEventHeaders.ID)).isEqualTo(failed.eventId().toString());
                });
    }

    @Test
    void aRecordOfAnUnknownTypeIsSkippedAndTheBindingKeepsConsuming() {
        // Given a perfectly decodable reply labelled with a type no Switchboard event has, then a valid reply
        AgentReplied mislabelled = new AgentReplied(EventFixtures.id(99), EventFixtures.AT, EventFixtures.WORKSPACE,
                EventFixtures.CONVERSATION, "mislabelled-message", "demo-webchat", Channel.WEBCHAT, "visitor-7",
                "alice", "Never guessed", List.of(), null);
        AgentReplied reply = EventFixtures.agentReplied();

        // When both arrive, in that order
        input.send(record(mislabelled, "dev.switchboard.outbound.unheard-of.v1"), OUTBOUND);
        input.send(record(reply, EventTypes.typeOf(AgentReplied.class)), OUTBOUND);

        // Then the unknown record raised no error, and the first and only outcome is the valid reply's
        assertThat(binder.getLastError()).as("error reported by the binding").isNull();
        Message<byte[]> outcome = output.receive(WAIT_MS, DELIVERY);
        assertThat(outcome).as("a record on %s", DELIVERY).isNotNull();
        assertThat(EventCodec.decode(outcome.getPayload(), DeliveryFailed.class).messageId())
                .isEqualTo(reply.messageId());
        assertThat(output.receive(0, DELIVERY)).as("a second record on %s", DELIVERY).isNull();
    }

    /** As conversation-service publishes a reply: JSON value, CloudEvents headers as raw bytes, the event's key. */
    private static Message<byte[]> record(AgentReplied reply, String ceType) {
        return MessageBuilder.withPayload(EventCodec.encode(reply))
                .copyHeaders(CloudEventHeaders.of(reply, "/switchboard/conversation-service"))
                .setHeader(CloudEventHeaders.TYPE, ceType.getBytes(UTF_8))
                .setHeader(KafkaHeaders.KEY, reply.partitionKey().getBytes(UTF_8))
                .build();
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        return value instanceof byte[] bytes ? new String(bytes, UTF_8) : String.valueOf(value);
    }
}
