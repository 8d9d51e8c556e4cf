package dev.switchboard.conversation.message;

import java.time.Instant;

/** The stored reply's identity, so the client can match delivery events to it. */
record ReplyReceipt(String messageId, String conversationId, Instant createdAt) {
}
