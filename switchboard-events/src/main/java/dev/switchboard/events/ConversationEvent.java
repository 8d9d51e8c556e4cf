package dev.switchboard.events;

/** Published by conversation-service on {@code conversation-events}, keyed by conversation. */
public sealed interface ConversationEvent extends SwitchboardEvent
        permits ConversationOpened, MessageAppended, ConversationAssigned, ConversationResolved {

    String conversationId();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
