package dev.switchboard.conversation.message;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.switchboard.conversation.messaging.Outbox;
import dev.switchboard.events.Author;
import dev.switchboard.events.Direction;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The {@code messages} collection: a conversation's messages and notes. {@code _id} is the messageId, so a
 * redelivered record or a retried request never stores a second one; each is inserted with the events it causes.
 */
@Repository
public class MessageRepository {

    private final MongoCollection<Document> messages;
    private final Outbox outbox;

    MessageRepository(MongoDatabase database, Outbox outbox) {
        this.messages = database.getCollection("messages");
        this.outbox = outbox;
        messages.createIndex(Indexes.ascending("conversationId", "createdAt"));
    }

    /** Stores the message and its events; false when a message with its id is already stored. */
    public boolean insert(Message message, List<SwitchboardEvent> events) {
        return insert(outbox.with(MessageDocuments.toDocument(message), events));
    }

    /** Stores the note and its events; false when an entry with its id is already stored. */
    boolean insert(Note note, List<SwitchboardEvent> events) {
        return insert(outbox.with(MessageDocuments.toDocument(note), events));
    }

    /** The message (never a note) with this id. */
    public Optional<Message> find(String messageId) {
        return first(Filters.and(Filters.eq("_id", messageId),
                Filters.ne(MessageDocuments.KIND, MessageDocuments.NOTE))).map(MessageDocuments::toMessage);
    }

    Optional<Note> findNote(String noteId) {
        return first(Filters.and(Filters.eq("_id", noteId),
                Filters.eq(MessageDocuments.KIND, MessageDocuments.NOTE))).map(MessageDocuments::toNote);
    }

    /** The customer's latest message in the conversation: what a reply answers. */
    public Optional<Message> latestInbound(String workspaceId, String conversationId) {
        return Optional.ofNullable(messages.find(Filters.and(Filters.eq("conversationId", conversationId),
                        Filters.eq("workspaceId", workspaceId), Filters.eq("direction", Direction.INBOUND.name())))
                .sort(Sorts.descending("createdAt", "_id"))
                .first())
                .map(MessageDocuments::toMessage);
    }

    /** How many replies agents wrote in the conversation (not Switchboard's own messages, nor notes). */
    public long countAgentReplies(String workspaceId, String conversationId) {
        return messages.countDocuments(Filters.and(Filters.eq("conversationId", conversationId),
                Filters.eq("workspaceId", workspaceId), Filters.eq("direction", Direction.OUTBOUND.name()),
                Filters.eq("author.kind", Author.Kind.AGENT.name())));
    }

    /** Up to {@code limit} entries of the history, newest first, all before the entry at ({@code at}, {@code id}). */
    List<HistoryEntry> before(String workspaceId, String conversationId, @Nullable Instant at, @Nullable String id,
            int limit) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("conversationId", conversationId),
                Filters.eq("workspaceId", workspaceId)));
        if (at != null && id != null) {
            filters.add(Filters.or(Filters.lt("createdAt", Date.from(at)),
                    Filters.and(Filters.eq("createdAt", Date.from(at)), Filters.lt("_id", id))));
        }
        return messages.find(Filters.and(filters)).sort(Sorts.descending("createdAt", "_id")).limit(limit)
                .map(MessageDocuments::toEntry).into(new ArrayList<>());
    }

    private boolean insert(Document document) {
        try {
            messages.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private Optional<Document> first(Bson filter) {
        return Optional.ofNullable(messages.find(filter).first());
    }
}
