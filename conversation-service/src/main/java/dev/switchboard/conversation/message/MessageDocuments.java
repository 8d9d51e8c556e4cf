package dev.switchboard.conversation.message;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Author;
import dev.switchboard.events.Direction;
import dev.switchboard.events.ThreadHints;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** The mapping between history entries and their BSON documents in {@code messages}, told apart by {@code kind}. */
final class MessageDocuments {

    static final String KIND = "kind";
    static final String NOTE = "NOTE";
    static final String MESSAGE = "MESSAGE";

    private MessageDocuments() {
    }

    static Document toDocument(Message message) {
        List<Document> attachments = message.attachments().stream()
                .map(a -> new Document("url", a.url()).append("contentType", a.contentType())
                        .append("fileName", a.fileName())
                        .append("size", a.size()))
                .toList();
        return entry(message.id(), message.conversationId(), message.workspaceId(), MESSAGE, message.author(),
                message.text(), message.createdAt())
                .append("direction", message.direction().name())
                .append("attachments", attachments)
                .append("threadHints", hints(message.threadHints()));
    }

    static Document toDocument(Note note) {
        return entry(note.id(), note.conversationId(), note.workspaceId(), NOTE,
                new Author(Author.Kind.AGENT, note.agentId()), note.text(), note.createdAt())
                .append("mentions", note.mentions());
    }

    private static Document entry(String id, String conversationId, String workspaceId, String kind, Author author,
            String text, Instant createdAt) {
        return new Document("_id", id)
                .append("conversationId", conversationId)
                .append("workspaceId", workspaceId)
                .append(KIND, kind)
                .append("author", new Document("kind", author.kind().name()).append("id", author.id()))
                .append("text", text)
                .append("createdAt", Date.from(createdAt));
    }

    static HistoryEntry toEntry(Document document) {
        return NOTE.equals(document.getString(KIND)) ? toNote(document) : toMessage(document);
    }

    static Note toNote(Document document) {
        return new Note(document.getString("_id"), document.getString("conversationId"),
                document.getString("workspaceId"), document.get("author", Document.class).getString("id"),
                document.getString("text"), document.getList("mentions", String.class, List.of()),
                document.getDate("createdAt").toInstant());
    }

    static Message toMessage(Document document) {
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
}
