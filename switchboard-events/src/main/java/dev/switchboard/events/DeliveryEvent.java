package dev.switchboard.events;

/** Published by notify-service on {@code delivery-events}, keyed by conversation; each is about one reply. */
public sealed interface DeliveryEvent extends SwitchboardEvent
        permits MessageDelivered, DeliveryFailed, DeliveryStatusChanged {

    String conversationId();

    /** Our id of the outbound message (the reply) this is about. */
    String messageId();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
