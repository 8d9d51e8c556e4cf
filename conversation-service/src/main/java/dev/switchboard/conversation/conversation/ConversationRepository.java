package dev.switchboard.conversation.conversation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.switchboard.conversation.messaging.Outbox;
import dev.switchboard.events.ConversationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversations} collection. Every change is one single-document update, conditional on the revision it
 * was decided from and carrying the events it causes in the same write ({@link Outbox}); every agent-facing read is
 * filtered by workspace.
 */
@Repository
public class ConversationRepository {

    private static final int WRITE_ATTEMPTS = 8;

    private final MongoCollection<Document> conversations;
    private final Outbox outbox;

    ConversationRepository(MongoDatabase database, Outbox outbox) {
        this.conversations = database.getCollection("conversations");
        this.outbox = outbox;
        conversations.createIndex(Indexes.ascending("workspaceId", "status", "assigneeId", "createdAt"));
        conversations.createIndex(Indexes.ascending("workspaceId", "contactId", "createdAt"));
        conversations.createIndex(Indexes.compoundIndex(Indexes.ascending("workspaceId", "status"),
                Indexes.descending(ConversationDocuments.PRIORITY_RANK), Indexes.ascending("waitingSince", "_id")));
        conversations.createIndex(Indexes.ascending("status", "snoozedUntil"));
        conversations.createIndex(Indexes.ascending("threadKey", "createdAt"));
        ConversationBackfill.run(conversations);
    }

    /** Stores {@code conversation} unless one with its id exists; answers what is stored now. */
    Conversation insertIfAbsent(Conversation conversation) {
        Document fields = ConversationDocuments.toDocument(conversation);
        fields.remove("_id");
        Bson filter = Filters.eq("_id", conversation.id());
        try {
            return ConversationDocuments.toConversation(Objects.requireNonNull(conversations.findOneAndUpdate(filter,
                    new Document("$setOnInsert", fields),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))));
        } catch (MongoException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return ConversationDocuments.toConversation(Objects.requireNonNull(conversations.find(filter).first()));
        }
    }

    Optional<Conversation> findById(String id) {
        return first(Filters.eq("_id", id));
    }

    /** The conversation, only if it belongs to {@code workspaceId}. */
    public Optional<Conversation> find(String workspaceId, String id) {
        return first(Filters.and(Filters.eq("_id", id), Filters.eq("workspaceId", workspaceId)));
    }

    /** Up to {@code limit} conversations matching {@code filter}, in {@code sort} order. */
    List<Conversation> list(Bson filter, Bson sort, int limit) {
        return conversations.find(filter).sort(sort).limit(limit).map(ConversationDocuments::toConversation)
                .into(new ArrayList<>());
    }

    /** The contacts' conversations, latest activity first: a contact's history across channels. */
    public List<Conversation> ofContacts(String workspaceId, List<String> contactIds, int limit) {
        return list(Filters.and(Filters.eq("workspaceId", workspaceId), Filters.in("contactId", contactIds)),
                Sorts.descending("lastMessageAt", "_id"), limit);
    }

    /** Gives {@code from}'s conversations to {@code to} (a contact merge); repeating it changes nothing. */
    public void moveToContact(String workspaceId, String from, String to) {
        conversations.updateMany(Filters.and(Filters.eq("workspaceId", workspaceId), Filters.eq("contactId", from)),
                Updates.set("contactId", to));
    }

    /** Snoozed conversations whose time has come, earliest first. */
    List<Conversation> dueSnoozes(Instant now, int limit) {
        return list(Filters.and(Filters.eq("status", ConversationStatus.SNOOZED.name()),
                Filters.lte("snoozedUntil", Date.from(now))), Sorts.ascending("snoozedUntil"), limit);
    }

    /** The thread's latest conversation: the one a customer's message after resolution may reopen. */
    Optional<Conversation> latestOnThread(String threadKey) {
        return Optional.ofNullable(conversations.find(Filters.eq("threadKey", threadKey))
                .sort(Sorts.descending("createdAt")).first()).map(ConversationDocuments::toConversation);
    }

    /**
     * The same customer's latest conversation opened before {@code conversation} that had an agent, on any channel:
     * routing prefers that agent for the new one.
     */
    Optional<Conversation> lastAssignedBefore(Conversation conversation) {
        return Optional.ofNullable(conversations.find(Filters.and(
                        Filters.eq("workspaceId", conversation.workspaceId()),
                        Filters.eq("contactId", conversation.contactId()),
                        Filters.lt("createdAt", Date.from(conversation.createdAt())),
                        Filters.or(Filters.exists("assigneeId"), Filters.exists("lastAssigneeId"))))
                .sort(Sorts.descending("createdAt")).first()).map(ConversationDocuments::toConversation);
    }

    /**
     * Decides a change from the conversation as stored and writes it with its events, unless another write came
     * first, in which case it decides again from what that write left (optimistic, bounded).
     *
     * @param rule the next step from the current conversation, or empty when there is nothing to change
     * @return the conversation as stored afterwards; empty when the workspace has no such conversation
     */
    Optional<Stored> apply(String workspaceId, String id, Function<Conversation, Optional<Transition>> rule) {
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            Optional<Conversation> current = find(workspaceId, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Optional<Transition> transition = rule.apply(current.get());
            if (transition.isEmpty()) {
                return Optional.of(new Stored(current.get(), false));
            }
            if (write(current.get(), transition.get())) {
                return Optional.of(new Stored(transition.get().after(), true));
            }
        }
        throw new IllegalStateException("conversation " + id + " kept changing under " + WRITE_ATTEMPTS + " writes");
    }

    /** Notes that a message was appended at {@code at}. */
    public void touch(String id, Instant at) {
        conversations.updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.max("lastMessageAt", Date.from(at)), Updates.max("updatedAt", Date.from(at))));
    }

    private boolean write(Conversation before, Transition transition) {
        Conversation after = transition.after();
        List<Bson> updates = new ArrayList<>(List.of(ConversationDocuments.stateUpdate(after.state()),
                Updates.set("revision", after.revision())));
        if (!transition.events().isEmpty()) {
            updates.add(outbox.pushed(transition.events()));
        }
        return conversations.updateOne(Filters.and(Filters.eq("_id", before.id()), revisionIs(before.revision())),
                Updates.combine(updates)).getMatchedCount() == 1;
    }

    /** Documents written before revisions existed count as revision 0. */
    private static Bson revisionIs(long revision) {
        return revision == 0 ? Filters.or(Filters.eq("revision", 0L), Filters.exists("revision", false))
                : Filters.eq("revision", revision);
    }

    private Optional<Conversation> first(Bson filter) {
        return Optional.ofNullable(conversations.find(filter).first()).map(ConversationDocuments::toConversation);
    }
}
