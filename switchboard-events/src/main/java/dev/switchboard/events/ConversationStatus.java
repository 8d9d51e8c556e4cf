package dev.switchboard.events;

/**
 * Where a conversation stands: OPEN needs (or has) an agent; SNOOZED is put aside until a time or the customer's next
 * message, holding no agent's capacity; RESOLVED is done, and a new message opens a new conversation.
 */
public enum ConversationStatus {
    OPEN, SNOOZED, RESOLVED
}
