package dev.switchboard.conversation.message;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.ThreadHints;
import dev.switchboard.events.Author;
import dev.switchboard.events.Direction;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The {@code messages} collection: {@code _id} is the messageId, so a redelivered record never makes a second message. */
@Repository
public class MessageRepository {

    private final MongoCollection<Document> messages;

    MessageRepository(MongoDatabase database) {
        this.messages = database.getCollection("messages");
        messages.createIndex(Indexes.ascending("conversationId", "createdAt"));
    }

    /** Stores the message; false when a message with its id is already stored. */
    public boolean insert(Message message) {
        try {
            messages.insertOne(toDocument(message));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Message> find(String messageId) {
        return Optional.ofNullable(messages.find(Filters.eq("_id", messageId)).first()).map(MessageRepository::toMessage);
    }

    /** The customer's latest message in the conversation: what a reply answers. */
    public Optional<Message> latestInbound(String workspaceId, String conversationId) {
        return Optional.ofNullable(messages.find(Filters.and(Filters.eq("conversationId", conversationId),
                        Filters.eq("workspaceId", workspaceId), Filters.eq("direction", Direction.INBOUND.name())))
                .sort(Sorts.descending("createdAt", "_id"))
                .first())
                .map(MessageRepository::toMessage);
    }

    /** How many replies agents wrote in the conversation (Switchboard's own messages not counted). */
    public long countAgentReplies(String workspaceId, String conversationId) {
        return messages.countDocuments(Filters.and(Filters.eq("conversationId", conversationId),
                Filters.eq("workspaceId", workspaceId), Filters.eq("direction", Direction.OUTBOUND.name()),
                Filters.eq("author.kind", Author.Kind.AGENT.name())));
    }

    /** The conversation's history, oldest first. */
    public List<Message> inConversation(String workspaceId, String conversationId) {
        return messages.find(Filters.and(Filters.eq("conversationId", conversationId),
                        Filters.eq("workspaceId", workspaceId)))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(MessageRepository::toMessage)
                .into(new ArrayList<>());
    }

    private static Document toDocument(Message message) {
        List<Document> attachments = message.attachments().stream()
                .map(a -> new Document("url", a.url()).append("contentType", a.contentType())
                        .append("fileName", a.fileName())
                        .append("size", a.size()))
                .toList();
        return new Document("_id", message.id())
                .append("conversationId", message.conversationId())
                .append("workspaceId", message.workspaceId())
                .append("direction", message.direction().name())
                .append("author", new Document("kind", message.author().kind().name())
                        .append("id", message.author().id()))
                .append("text", message.text())
                .append("attachments", attachments)
                .append("createdAt", Date.from(message.createdAt()))
                .append("threadHints", hints(message.threadHints()));
    }

    private static @Nullable Document hints(@Nullable ThreadHints hints) {
        return hints == null ? null : new Document("externalMessageId", hints.externalMessageId())
                .append("inReplyTo", hints.inReplyTo())
                .append("references", hints.references())
                .append("subject", hints.subject());
    }

    private static @Nullable ThreadHints hints(@Nullable Document hints) {
        return hints == null ? null : new ThreadHints(hints.getString("externalMessageId"),
                hints.getString("inReplyTo"), hints.getList("references", String.class, List.of()),
                hints.getString("subject"));
    }

    private static Message toMessage(Document document) {
        Document author = document.get("author", Document.class);
        List<Attachment> attachments = document.getList("attachments", Document.class, List.of()).stream()
                .map(a -> new Attachment(a.getString("url"), a.getString("contentType"), a.getString("fileName"),
                        a.getLong("size")))
                .toList();
        return new Message(document.getString("_id"), document.getString("conversationId"),
                document.getString("workspaceId"), Direction.valueOf(document.getString("direction")),
                new Author(Author.Kind.valueOf(author.getString("kind")), author.getString("id")),
                document.getString("text"), attachments, document.getDate("createdAt").toInstant(),
                hints(document.get("threadHints", Document.class)),
                ReplyDeliveries.fromDocument(document.get("delivery", Document.class)));
    }
}
