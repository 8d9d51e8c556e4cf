package dev.switchboard.conversation.message;

import java.time.Instant;

/** One entry of a conversation's history as agents read it: a message to or from the customer, or a private note. */
public sealed interface HistoryEntry permits Message, Note {

    String id();

    String conversationId();

    Instant createdAt();
}
