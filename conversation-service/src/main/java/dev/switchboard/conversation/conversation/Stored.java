package dev.switchboard.conversation.conversation;

/** A conversation as stored after a write was asked for, and whether this call changed it. */
record Stored(Conversation conversation, boolean changed) {
}
