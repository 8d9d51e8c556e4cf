package dev.switchboard.events;

/** Published by ingest-service on {@code inbound-messages}, keyed by the customer's thread. */
public sealed interface InboundEvent extends SwitchboardEvent permits MessageReceived {
}
