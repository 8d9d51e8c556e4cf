package dev.switchboard.events;

/** Published by conversation-service on its channel's {@code outbound-<channel>} topic, keyed by conversation so replies leave in order. */
public sealed interface OutboundEvent extends SwitchboardEvent permits AgentReplied {

    String conversationId();

    Channel channel();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
