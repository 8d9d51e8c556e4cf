package dev.switchboard.events;

/** Published by conversation-service on {@code routing-inputs}, keyed by workspace so one routing instance decides for it. */
public sealed interface RoutingInput extends SwitchboardEvent
        permits AgentPresenceChanged, ConversationWaiting, ConversationReleased {

    @Override
    default String partitionKey() {
        return workspaceId();
    }
}
