package dev.switchboard.events;

import org.jspecify.annotations.Nullable;

/**
 * Published by ingest-service on its channel's {@code inbound-<channel>} topic, keyed by the customer's thread so one
 * customer's messages and receipts stay in order.
 */
public sealed interface InboundEvent extends SwitchboardEvent permits MessageReceived, DeliveryStatusReported {

    String inboxId();

    Channel channel();

    /** The provider's id of the message this event is, or is about. */
    @Nullable String providerMessageId();

    /** {@code workspaceId:inboxId:<the customer's thread on that inbox>}. */
    String threadKey();

    @Override
    default String partitionKey() {
        return threadKey();
    }
}
