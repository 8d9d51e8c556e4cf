package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue is complete: every event has a type, a fixture and one topic; headers follow the CloudEvents binding. */
class EventCatalogueTest {

    @Test
    void everyConcreteEventIsRegisteredAndHasAFixture() {
        Set<Class<?>> concrete = leaves(SwitchboardEvent.class).collect(Collectors.toSet());

        assertThat(EventTypes.all().keySet()).containsExactlyInAnyOrderElementsOf(
                concrete.stream().map(c -> c.asSubclass(SwitchboardEvent.class)).toList());
        assertThat(EventFixtures.all()).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(concrete);
    }

    @Test
    void everyFamilyHasOneTopicExceptMessagesWhichHaveOnePerChannel() {
        Set<Class<?>> perChannel = Set.of(InboundEvent.class, OutboundEvent.class);
        assertThat(Arrays.stream(Topic.values()).filter(t -> t.channel() == null).<Class<?>>map(Topic::family)
                .toList())
                .containsExactlyInAnyOrder(Arrays.stream(SwitchboardEvent.class.getPermittedSubclasses())
                        .filter(family -> !perChannel.contains(family)).toArray(Class<?>[]::new));
        assertThat(Topic.inboundTopics()).allSatisfy(t -> assertThat(t.family()).isEqualTo(InboundEvent.class))
                .extracting(Topic::channel).containsExactlyInAnyOrder(Channel.values());
        assertThat(Topic.outboundTopics()).allSatisfy(t -> assertThat(t.family()).isEqualTo(OutboundEvent.class))
                .extracting(Topic::channel).containsExactlyInAnyOrder(Channel.values());
        EventFixtures.all().forEach(e -> assertThat(Topic.of(e).family()).isAssignableFrom(e.getClass()));
    }

    @Test
    void inboundEventsGoToTheirChannelsTopic() {
        assertThat(Topic.of(EventFixtures.messageReceived())).isEqualTo(Topic.INBOUND_WEBCHAT);
        assertThat(Topic.of(EventFixtures.emailReceived()).topicName()).isEqualTo("inbound-email");
        assertThat(Topic.of(EventFixtures.deliveryStatusReported()).topicName()).isEqualTo("inbound-sms");
        assertThat(Topic.of(EventFixtures.agentReplied())).isEqualTo(Topic.OUTBOUND_WEBCHAT);
    }

    @Test
    void topicNamesAreKebabCaseDomainNames() {
        assertThat(Topic.values()).allSatisfy(t -> assertThat(t.topicName()).matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void keysAreTheEntityWhoseOrderMatters() {
        assertThat(EventFixtures.messageReceived().partitionKey()).isEqualTo("demo:demo-webchat:visitor-7");
        assertThat(EventFixtures.emailReceived().partitionKey()).isEqualTo("demo:demo-email:ana@example.com:<root@mail.example>");
        assertThat(EventFixtures.deliveryStatusReported().partitionKey()).isEqualTo("demo:demo-sms:+14155550100");
        assertThat(EventFixtures.agentPresenceChanged().partitionKey()).isEqualTo("demo");
        assertThat(EventFixtures.conversationRouted().partitionKey()).isEqualTo(EventFixtures.CONVERSATION);
        assertThat(EventFixtures.agentReplied().partitionKey()).isEqualTo(EventFixtures.CONVERSATION);
        assertThat(EventFixtures.noteCreated().partitionKey()).isEqualTo(EventFixtures.CONVERSATION);
        assertThat(EventFixtures.contactMerged().partitionKey()).isEqualTo("demo:demo-webchat:visitor-7");
        assertThat(Topic.of(EventFixtures.contactMerged())).isEqualTo(Topic.CONVERSATION_EVENTS);
    }

    @Test
    void cloudEventHeadersAreRawUtf8BinaryModeAttributes() {
        var headers = CloudEventHeaders.of(EventFixtures.conversationAssigned(), "/switchboard/conversation-service");

        assertThat(headers).containsKeys("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time");
        assertThat(new String(headers.get("ce_type"), StandardCharsets.UTF_8))
                .isEqualTo("dev.switchboard.conversation.assigned.v1");
        assertThat(new String(headers.get("ce_time"), StandardCharsets.UTF_8)).isEqualTo("2026-11-23T09:58:00Z");
        assertThat(new String(headers.get("ce_specversion"), StandardCharsets.UTF_8)).isEqualTo("1.0");
        assertThat(CloudEventHeaders.typeIn(headers)).contains("dev.switchboard.conversation.assigned.v1");
    }

    @Test
    void aCorrelationIdTravelsAsACloudEventsExtensionAttributeWhenThereIsOne() {
        var with = CloudEventHeaders.of(EventFixtures.messageReceived(), "/switchboard/ingest-service", "corr-1");
        var without = CloudEventHeaders.of(EventFixtures.messageReceived(), "/switchboard/ingest-service", null);

        assertThat(new String(with.get("ce_correlationid"), StandardCharsets.UTF_8)).isEqualTo("corr-1");
        assertThat(CloudEventHeaders.correlationIdIn(with)).contains("corr-1");
        assertThat(without).doesNotContainKey("ce_correlationid");
        assertThat(CloudEventHeaders.correlationIdIn(without)).isEmpty();
    }

    @Test
    void anUnknownTypeIsRefusedNotGuessed() {
        assertThatThrownBy(() -> EventCodec.decode("dev.example.unknown", "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventCodec.UnknownEventTypeException.class)
                .hasMessageContaining("dev.example.unknown");
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        byte[] json = ("{\"eventId\":\"00000000-0000-4000-8000-000000000006\",\"occurredAt\":\"2026-11-23T09:58:00Z\","
                + "\"workspaceId\":\"demo\",\"conversationId\":\"" + EventFixtures.CONVERSATION
                + "\",\"agentId\":\"alice\",\"csatScore\":5}").getBytes(StandardCharsets.UTF_8);

        assertThat(EventCodec.decode(json, ConversationResolved.class)).isEqualTo(EventFixtures.conversationResolved());
    }

    private static Stream<Class<?>> leaves(Class<?> type) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        return permitted == null ? Stream.of(type) : Arrays.stream(permitted).flatMap(EventCatalogueTest::leaves);
    }
}
