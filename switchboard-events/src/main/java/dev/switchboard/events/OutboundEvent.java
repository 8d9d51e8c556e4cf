package dev.switchboard.events;

/** Published by conversation-service on {@code outbound-messages}, keyed by conversation so replies leave in order. */
public sealed interface OutboundEvent extends SwitchboardEvent permits AgentReplied {

    String conversationId();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
