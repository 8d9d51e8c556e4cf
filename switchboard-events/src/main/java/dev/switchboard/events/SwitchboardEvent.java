package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;

/** Every event on a Switchboard topic: identified, timestamped, scoped to one workspace, and keyed by the entity whose order matters. */
public sealed interface SwitchboardEvent
        permits InboundEvent, ConversationEvent, RoutingInput, RoutingDecision, OutboundEvent, DeliveryEvent,
        NotifyEvent {

    UUID eventId();

    Instant occurredAt();

    String workspaceId();

    /** The Kafka record key: the entity whose events must stay in order (see {@link Topic}). */
    String partitionKey();
}
