package dev.switchboard.events;

/** An event about one conversation, keyed by it so that a subscriber sees that conversation's events in order. */
public sealed interface ConversationChange extends ConversationEvent
        permits ConversationOpened, MessageAppended, ConversationAssigned, ConversationResolved, NoteCreated,
        AgentUnassigned, QueuePositionChanged, ConversationStatusChanged, ConversationPriorityChanged,
        ConversationUpdated, DeliveryUpdated {

    String conversationId();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
