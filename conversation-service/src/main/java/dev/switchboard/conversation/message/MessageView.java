package dev.switchboard.conversation.message;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Author;
import dev.switchboard.events.Direction;
import java.time.Instant;
import java.util.List;

/** A message as the agents' UI shows it in a conversation's history. */
record MessageView(String messageId, String conversationId, Direction direction, Author author, String text,
        List<Attachment> attachments, Instant createdAt) {

    static MessageView of(Message m) {
        return new MessageView(m.id(), m.conversationId(), m.direction(), m.author(), m.text(), m.attachments(),
                m.createdAt());
    }
}
