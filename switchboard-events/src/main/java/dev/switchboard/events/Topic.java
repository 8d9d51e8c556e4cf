package dev.switchboard.events;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The topic catalogue: every Kafka topic Switchboard owns, its one producer's event family, its key, and its
 * partition count. The key is always the entity whose events must stay in order. Inbound and outbound messages have
 * one topic per channel, so each channel can be sized, consumed and fall behind on its own.
 */
public enum Topic {

    INBOUND_WEBCHAT("inbound-webchat", 6, InboundEvent.class, Keys.THREAD, Channel.WEBCHAT),
    INBOUND_SMS("inbound-sms", 6, InboundEvent.class, Keys.THREAD, Channel.SMS),
    INBOUND_WHATSAPP("inbound-whatsapp", 6, InboundEvent.class, Keys.THREAD, Channel.WHATSAPP),
    INBOUND_MESSENGER("inbound-messenger", 3, InboundEvent.class, Keys.THREAD, Channel.MESSENGER),
    INBOUND_INSTAGRAM("inbound-instagram", 3, InboundEvent.class, Keys.THREAD, Channel.INSTAGRAM),
    INBOUND_EMAIL("inbound-email", 3, InboundEvent.class, Keys.THREAD, Channel.EMAIL),
    CONVERSATION_EVENTS("conversation-events", 6, ConversationEvent.class, Keys.CONVERSATION_OR_CONTACT),
    ROUTING_INPUTS("routing-inputs", 3, RoutingInput.class, "workspaceId"),
    CONVERSATION_ASSIGNMENTS("conversation-assignments", 6, RoutingDecision.class, "conversationId"),
    OUTBOUND_WEBCHAT("outbound-webchat", 6, OutboundEvent.class, Keys.CONVERSATION, Channel.WEBCHAT),
    OUTBOUND_SMS("outbound-sms", 6, OutboundEvent.class, Keys.CONVERSATION, Channel.SMS),
    OUTBOUND_WHATSAPP("outbound-whatsapp", 6, OutboundEvent.class, Keys.CONVERSATION, Channel.WHATSAPP),
    OUTBOUND_MESSENGER("outbound-messenger", 3, OutboundEvent.class, Keys.CONVERSATION, Channel.MESSENGER),
    OUTBOUND_INSTAGRAM("outbound-instagram", 3, OutboundEvent.class, Keys.CONVERSATION, Channel.INSTAGRAM),
    OUTBOUND_EMAIL("outbound-email", 3, OutboundEvent.class, Keys.CONVERSATION, Channel.EMAIL),
    DELIVERY_EVENTS("delivery-events", 6, DeliveryEvent.class, "conversationId"),
    NOTIFY_EVENTS("notify-events", 3, NotifyEvent.class, "workspaceId");

    private final String topicName;
    private final @Nullable Channel channel;
    private final int partitions;
    private final Class<? extends SwitchboardEvent> family;
    private final String key;

    Topic(String topicName, int partitions, Class<? extends SwitchboardEvent> family, String key) {
        this(topicName, partitions, family, key, null);
    }

    Topic(String topicName, int partitions, Class<? extends SwitchboardEvent> family, String key,
            @Nullable Channel channel) {
        this.topicName = topicName;
        this.channel = channel;
        this.partitions = partitions;
        this.family = family;
        this.key = key;
    }

    /** The topic's name on the broker. */
    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    /** The sealed event family this topic carries. */
    public Class<? extends SwitchboardEvent> family() {
        return family;
    }

    /** What the record key is, in words. */
    public String key() {
        return key;
    }

    /** The channel whose events this topic carries; {@code null} for topics shared by every channel. */
    public @Nullable Channel channel() {
        return channel;
    }

    /** The topic an event belongs on: inbound and outbound messages by their channel, every other event by family. */
    public static Topic of(SwitchboardEvent event) {
        if (event instanceof InboundEvent inbound) {
            return inbound(inbound.channel());
        }
        if (event instanceof OutboundEvent outbound) {
            return outbound(outbound.channel());
        }
        return Arrays.stream(values())
                .filter(topic -> topic.family.isInstance(event))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic carries " + event.getClass()));
    }

    /** The per-channel inbound topic: a flood on one channel never delays another's messages. */
    public static Topic inbound(Channel channel) {
        return perChannel(InboundEvent.class, channel);
    }

    /** The per-channel outbound topic: one provider's outage or backlog never holds up another channel's replies. */
    public static Topic outbound(Channel channel) {
        return perChannel(OutboundEvent.class, channel);
    }

    /** Every inbound topic, one per channel, for consumers of all channels. */
    public static List<Topic> inboundTopics() {
        return familyTopics(InboundEvent.class);
    }

    /** Every outbound topic, one per channel. */
    public static List<Topic> outboundTopics() {
        return familyTopics(OutboundEvent.class);
    }

    private static Topic perChannel(Class<? extends SwitchboardEvent> family, Channel channel) {
        return familyTopics(family).stream()
                .filter(topic -> topic.channel == channel)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + family.getSimpleName() + " topic for "
                        + channel));
    }

    private static List<Topic> familyTopics(Class<? extends SwitchboardEvent> family) {
        return Arrays.stream(values()).filter(topic -> topic.family == family).toList();
    }

    private static final class Keys {
        static final String CONVERSATION = "conversationId";
        static final String CONVERSATION_OR_CONTACT = "conversationId (contactId for contact events)";
        static final String THREAD = "thread (MessageReceived.threadKey: workspaceId:inboxId:customer thread)";
    }
}
