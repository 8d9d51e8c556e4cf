package dev.switchboard.conversation.conversation;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Priority;
import java.util.Date;
import org.bson.Document;

/** The mapping between {@link Conversation} and its BSON document, kept apart so the core stays free of Mongo types. */
final class ConversationDocuments {

    private ConversationDocuments() {
    }

    static Document toDocument(Conversation c) {
        Document document = new Document("_id", c.id())
                .append("workspaceId", c.workspaceId())
                .append("inboxId", c.inboxId())
                .append("channel", c.channel().name())
                .append("threadKey", c.threadKey())
                .append("contactId", c.contactId())
                .append("contactHandle", c.contactHandle())
                .append("status", c.status().name())
                .append("priority", c.priority().name())
                .append("openingMessageId", c.openingMessageId())
                .append("createdAt", Date.from(c.createdAt()))
                .append("updatedAt", Date.from(c.updatedAt()))
                .append("lastMessageAt", Date.from(c.lastMessageAt()));
        if (c.assigneeId() != null) {
            document.append("assigneeId", c.assigneeId());
        }
        return document;
    }

    static Conversation toConversation(Document d) {
        return new Conversation(d.getString("_id"), d.getString("workspaceId"), d.getString("inboxId"),
                Channel.valueOf(d.getString("channel")), d.getString("threadKey"), d.getString("contactId"),
                d.getString("contactHandle"), ConversationStatus.valueOf(d.getString("status")),
                d.getString("assigneeId"), Priority.valueOf(d.getString("priority")),
                d.getString("openingMessageId"), d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(), d.getDate("lastMessageAt").toInstant());
    }
}
