package dev.switchboard.conversation.message;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Author;
import dev.switchboard.events.Direction;
import dev.switchboard.events.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message as the agents' UI shows it in a conversation's history; a reply's {@code delivery} says how far it got
 * (null for the customer's messages, and for a reply notify-service has not reported on yet).
 */
record MessageView(String messageId, String conversationId, Direction direction, Author author, String text,
        List<Attachment> attachments, Instant createdAt, @Nullable DeliveryView delivery) {

    static MessageView of(Message m) {
        Delivery d = m.delivery();
        return new MessageView(m.id(), m.conversationId(), m.direction(), m.author(), m.text(), m.attachments(),
                m.createdAt(), d == null ? null : new DeliveryView(d.status(), d.reason(), d.permanent(),
                d.updatedAt()));
    }

    /** Sent, delivered, read or failed, with the reason of a failure and whether anything still retries it. */
    record DeliveryView(DeliveryStatus status, @Nullable String reason, boolean permanent, Instant updatedAt) {
    }
}
