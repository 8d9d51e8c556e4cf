package dev.switchboard.conversation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.SharedInfrastructure;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.SwitchboardEvent;
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
 * Pins the consumers' YAML wiring (binding names, destinations, CloudEvents headers, keys) in seconds, with the test
 * binder and the embedded Mongo-wire server. Kafka points at a closed port: the test binder is the only
 * {@code Binder} bean in the context, which the binder factory prefers over the Kafka binder on the classpath. The
 * {@code @Import} gives this class its own context, apart from the integration tests' real-broker one.
 */
// The sweeps stay off: this context shares the store with the real-broker one, whose outboxes it must never relay.
@SpringBootTest(properties = {"spring.kafka.bootstrap-servers=127.0.0.1:1",
        "switchboard.conversation.sweeps.interval=1h"})
@Import(TestChannelBinderConfiguration.class)
@ActiveProfiles("local")
class ConsumerBindingTest {

    private static final String SOURCE = "/switchboard/conversation-service";
    private static final long WAIT_MS = 5_000;

    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    @Autowired
    TestChannelBinder binder;

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/switchboard");
    }

    @BeforeEach
    void startClean() {
        output.clear();
        binder.resetLastError();
    }

    @Test
    void aNewThreadsFirstMessageOpensAConversationAndAsksRoutingForAnAgent() {
        // Given the first message of a thread no test has used
        String handle = InboundFixtures.uniqueHandle();
        MessageReceived message = InboundFixtures.webchatMessage(handle, "My internet is down");

        // When it arrives on its channel's topic
        input.send(record(message), "inbound-webchat");

        // Then conversation-events carries ConversationOpened then MessageAppended, keyed by the new conversation
        Published opened = next("conversation-events");
        assertThat(opened.event()).isInstanceOfSatisfying(ConversationOpened.class,
                event -> assertThat(event.contactHandle()).isEqualTo(handle));
        String conversationId = ((ConversationOpened) opened.event()).conversationId();
        assertThat(opened.key()).isEqualTo(conversationId);
        Published appended = next("conversation-events");
        assertThat(appended.key()).isEqualTo(conversationId);
        assertThat(appended.event()).isInstanceOfSatisfying(MessageAppended.class, event -> {
            assertThat(event.messageId()).isEqualTo(message.messageId());
            assertThat(event.conversationId()).isEqualTo(conversationId);
        });
        // And routing-inputs carries ConversationWaiting, keyed by the workspace
        Published waiting = next("routing-inputs");
        assertThat(waiting.key()).isEqualTo(InboundFixtures.WORKSPACE);
        assertThat(waiting.event()).isInstanceOfSatisfying(ConversationWaiting.class,
                event -> assertThat(event.conversationId()).isEqualTo(conversationId));
        assertThat(binder.getLastError()).as("error reported by a binding").isNull();
    }

    @Test
    void routingsChoiceAssignsTheConversation() {
        // Given an open conversation waiting for an agent
        input.send(record(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hello?")),
                "inbound-webchat");
        String conversationId = ((ConversationOpened) next("conversation-events").event()).conversationId();
        output.clear();

        // When routing-service's decision arrives on conversation-assignments
        ConversationRouted routed = InboundFixtures.routed(conversationId, "alice");
        input.send(record(routed), "conversation-assignments");

        // Then conversation-events carries ConversationAssigned to alice, keyed by the conversation
        Published assigned = next("conversation-events");
        assertThat(assigned.key()).isEqualTo(conversationId);
        assertThat(assigned.event()).isInstanceOfSatisfying(ConversationAssigned.class, event -> {
            assertThat(event.conversationId()).isEqualTo(conversationId);
            assertThat(event.agentId()).isEqualTo("alice");
        });
        assertThat(binder.getLastError()).as("error reported by a binding").isNull();
    }

    @Test
    void theCorrelationIdOfTheCustomersMessageTravelsOnEveryEventItCauses() {
        // Given a customer's message that ingest stamped with the correlation id of its HTTP request
        MessageReceived message = InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Anyone?");
        Message<byte[]> stamped = MessageBuilder.fromMessage(record(message))
                .setHeader(CloudEventHeaders.CORRELATION_ID, "corr-42".getBytes(UTF_8))
                .build();

        // When it is consumed
        input.send(stamped, "inbound-webchat");

        // Then the events it leads to carry the same id
        assertThat(header(output.receive(WAIT_MS, "conversation-events"), CloudEventHeaders.CORRELATION_ID))
                .isEqualTo("corr-42");
        assertThat(header(output.receive(WAIT_MS, "routing-inputs"), CloudEventHeaders.CORRELATION_ID))
                .isEqualTo("corr-42");
    }

    /** As another service publishes: JSON value, CloudEvents headers as raw bytes, the event's key. */
    private static Message<byte[]> record(SwitchboardEvent event) {
        return MessageBuilder.withPayload(EventCodec.encode(event))
                .copyHeaders(CloudEventHeaders.of(event, "/switchboard/test"))
                .setHeader(KafkaHeaders.KEY, event.partitionKey().getBytes(UTF_8))
                .build();
    }

    /** The next record conversation-service published on {@code destination}, checked to be one of its CloudEvents. */
    private Published next(String destination) {
        Message<byte[]> message = output.receive(WAIT_MS, destination);
        assertThat(message).as("a record on %s", destination).isNotNull();
        assertThat(header(message, CloudEventHeaders.SOURCE)).isEqualTo(SOURCE);
        SwitchboardEvent event = EventCodec.decode(message.getHeaders(), message.getPayload());
        assertThat(header(message, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
        return new Published(header(message, KafkaHeaders.KEY), event);
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        return value instanceof byte[] bytes ? new String(bytes, UTF_8) : String.valueOf(value);
    }

    /** One record as a subscriber sees it: its key and the event it carries. */
    private record Published(String key, SwitchboardEvent event) {
    }
}
