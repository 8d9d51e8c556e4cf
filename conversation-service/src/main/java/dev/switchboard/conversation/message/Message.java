package dev.switchboard.conversation.message;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Author;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.ThreadHints;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message of a conversation's history, in either direction; its id is unique so it is stored only once. Its
 * time is kept to the millisecond, as MongoDB stores it, so a stored message yields exactly the events it first did.
 * A reply carries how far its delivery got once notify-service said ({@code null} before that, and for the customer's).
 */
public record Message(String id, String conversationId, String workspaceId, Direction direction, Author author,
        String text, List<Attachment> attachments, Instant createdAt, @Nullable ThreadHints threadHints,
        @Nullable Delivery delivery) implements HistoryEntry {

    public Message {
        attachments = List.copyOf(attachments);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The customer's message as it joins a conversation, timestamped when Switchboard accepted it. */
    public static Message inbound(MessageReceived received, String conversationId, String contactId) {
        return new Message(received.messageId(), conversationId, received.workspaceId(), Direction.INBOUND,
                new Author(Author.Kind.CONTACT, contactId), received.text(), received.attachments(),
                received.occurredAt(), received.threadHints(), null);
    }

    /** An agent's reply; {@code threadHints} are the email headers that thread it, null on other channels. */
    public static Message reply(String id, String conversationId, String workspaceId, String agentId, String text,
            Instant at, @Nullable ThreadHints threadHints) {
        return new Message(id, conversationId, workspaceId, Direction.OUTBOUND, new Author(Author.Kind.AGENT, agentId),
                text, List.of(), at, threadHints, null);
    }
}
