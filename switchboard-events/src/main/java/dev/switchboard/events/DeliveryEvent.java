package dev.switchboard.events;

/** Published by notify-service on {@code delivery-events}, keyed by conversation. */
public sealed interface DeliveryEvent extends SwitchboardEvent permits MessageDelivered, DeliveryFailed {

    String conversationId();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
