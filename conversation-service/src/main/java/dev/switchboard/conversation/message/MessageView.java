package dev.switchboard.conversation.message;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Author;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.Direction;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a conversation's history as the agents' UI shows it: a MESSAGE to or from the customer, or an agent's
 * private NOTE (no direction: it goes nowhere). A reply's {@code delivery} says how far it got (null for the
 * customer's messages, notes, and a reply notify-service has not reported on yet).
 */
record MessageView(String messageId, String conversationId, String kind, @Nullable Direction direction,
        Author author, String text, List<Attachment> attachments, List<String> mentions, Instant createdAt,
        @Nullable DeliveryView delivery) {

    static MessageView of(HistoryEntry entry) {
        if (entry instanceof Note note) {
            return new MessageView(note.id(), note.conversationId(), MessageDocuments.NOTE, null,
                    new Author(Author.Kind.AGENT, note.agentId()), note.text(), List.of(), note.mentions(),
                    note.createdAt(), null);
        }
        Message m = (Message) entry;
        Delivery d = m.delivery();
        return new MessageView(m.id(), m.conversationId(), MessageDocuments.MESSAGE, m.direction(), m.author(),
                m.text(), m.attachments(), List.of(), m.createdAt(), d == null ? null
                        : new DeliveryView(d.status(), d.reason(), d.permanent(), d.updatedAt()));
    }

    /** Sent, delivered, read or failed, with the reason of a failure and whether anything still retries it. */
    record DeliveryView(DeliveryStatus status, @Nullable String reason, boolean permanent, Instant updatedAt) {
    }
}
