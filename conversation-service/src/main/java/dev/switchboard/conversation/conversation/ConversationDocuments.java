package dev.switchboard.conversation.conversation;

import com.mongodb.client.model.Updates;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/** The mapping between {@link Conversation} and its BSON document, kept apart so the core stays free of Mongo types. */
final class ConversationDocuments {

    /** Sorts by priority: URGENT (3) first, LOW (0) last. */
    static final String PRIORITY_RANK = "priorityRank";

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
                .append("openingMessageId", c.openingMessageId())
                .append("createdAt", Date.from(c.createdAt()))
                .append("lastMessageAt", Date.from(c.lastMessageAt()))
                .append("revision", c.revision());
        stateFields(c.state()).forEach((field, value) -> {
            if (value != null) {
                document.append(field, value);
            }
        });
        return document;
    }

    /** The update that stores {@code state}: set what it has, unset what it lacks. */
    static Bson stateUpdate(ConversationState state) {
        List<Bson> updates = new ArrayList<>();
        stateFields(state).forEach((field, value) -> updates.add(value == null ? Updates.unset(field)
                : field.equals("updatedAt") ? Updates.max(field, value) : Updates.set(field, value)));
        return Updates.combine(updates);
    }

    private static Document stateFields(ConversationState s) {
        QueuePlace queue = s.queue();
        return new Document("status", s.status().name())
                .append("assigneeId", s.assigneeId())
                .append("lastAssigneeId", s.lastAssigneeId())
                .append("priority", s.priority().name())
                .append(PRIORITY_RANK, s.priority().ordinal())
                .append("team", s.team())
                .append("labels", s.labels())
                .append("waitingSince", Date.from(s.waitingSince()))
                .append("snoozedUntil", date(s.snoozedUntil()))
                .append("queue", queue == null ? null : new Document("position", queue.position())
                        .append("queueLength", queue.queueLength())
                        .append("estimatedWaitSeconds", queue.estimatedWaitSeconds())
                        .append("decisionId", queue.decisionId().toString()))
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    static Conversation toConversation(Document d) {
        Instant createdAt = d.getDate("createdAt").toInstant();
        return new Conversation(d.getString("_id"), d.getString("workspaceId"), d.getString("inboxId"),
                Channel.valueOf(d.getString("channel")), d.getString("threadKey"), d.getString("contactId"),
                d.getString("contactHandle"), d.getString("openingMessageId"), createdAt,
                d.getDate("lastMessageAt").toInstant(), toState(d, createdAt), revisionOf(d));
    }

    static long revisionOf(Document d) {
        Number revision = d.get("revision", Number.class);
        return revision == null ? 0 : revision.longValue();
    }

    private static ConversationState toState(Document d, Instant createdAt) {
        Date waitingSince = d.getDate("waitingSince");
        return new ConversationState(ConversationStatus.valueOf(d.getString("status")), d.getString("assigneeId"),
                d.getString("lastAssigneeId"), Priority.valueOf(d.getString("priority")), d.getString("team"),
                d.getList("labels", String.class, List.of()),
                waitingSince == null ? createdAt : waitingSince.toInstant(), instant(d.getDate("snoozedUntil")),
                toQueue(d.get("queue", Document.class)), d.getDate("updatedAt").toInstant());
    }

    private static @Nullable QueuePlace toQueue(@Nullable Document queue) {
        if (queue == null) {
            return null;
        }
        Number eta = queue.get("estimatedWaitSeconds", Number.class);
        return new QueuePlace(queue.getInteger("position"), queue.getInteger("queueLength"),
                eta == null ? null : eta.longValue(), UUID.fromString(queue.getString("decisionId")));
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
