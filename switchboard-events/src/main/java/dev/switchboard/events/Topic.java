package dev.switchboard.events;

import java.util.Arrays;

/**
 * The topic catalogue: every Kafka topic Switchboard owns, its one producer's event family, its key, and its
 * partition count. The key is always the entity whose events must stay in order.
 */
public enum Topic {

    INBOUND_MESSAGES("inbound-messages", 6, InboundEvent.class, "thread (workspaceId:inboxId:contactHandle)"),
    CONVERSATION_EVENTS("conversation-events", 6, ConversationEvent.class, "conversationId"),
    ROUTING_INPUTS("routing-inputs", 3, RoutingInput.class, "workspaceId"),
    CONVERSATION_ASSIGNMENTS("conversation-assignments", 6, RoutingDecision.class, "conversationId"),
    OUTBOUND_MESSAGES("outbound-messages", 6, OutboundEvent.class, "conversationId"),
    DELIVERY_EVENTS("delivery-events", 6, DeliveryEvent.class, "conversationId");

    private final String topicName;
    private final int partitions;
    private final Class<? extends SwitchboardEvent> family;
    private final String key;

    Topic(String topicName, int partitions, Class<? extends SwitchboardEvent> family, String key) {
        this.topicName = topicName;
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

    /** The topic an event belongs on. */
    public static Topic of(SwitchboardEvent event) {
        return Arrays.stream(values())
                .filter(topic -> topic.family.isInstance(event))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic carries " + event.getClass()));
    }
}
