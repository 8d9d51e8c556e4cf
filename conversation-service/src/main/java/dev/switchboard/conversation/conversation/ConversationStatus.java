package dev.switchboard.conversation.conversation;

/** Whether a conversation still takes messages and replies, or was resolved (the next message opens a new one). */
public enum ConversationStatus {
    OPEN, RESOLVED
}
