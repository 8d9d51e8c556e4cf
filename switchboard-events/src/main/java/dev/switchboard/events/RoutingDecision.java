package dev.switchboard.events;

/** Published by routing-service on {@code conversation-assignments}, keyed by conversation. */
public sealed interface RoutingDecision extends SwitchboardEvent permits ConversationRouted, ConversationQueued {

    String conversationId();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
