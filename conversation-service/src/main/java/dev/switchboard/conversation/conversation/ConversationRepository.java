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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversations} collection. Every change is one conditional single-document update (the embedded
 * server has no transactions), and every agent-facing read is filtered by workspace.
 */
@Repository
public class ConversationRepository {

    private static final int LIST_LIMIT = 500;

    private final MongoCollection<Document> conversations;

    ConversationRepository(MongoDatabase database) {
        this.conversations = database.getCollection("conversations");
        conversations.createIndex(Indexes.ascending("workspaceId", "status", "assigneeId", "createdAt"));
        conversations.createIndex(Indexes.ascending("workspaceId", "contactId", "createdAt"));
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

    /** The workspace's open conversations, oldest first, optionally only those of one assignee. */
    List<Conversation> openInWorkspace(String workspaceId, @Nullable String assigneeId) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("workspaceId", workspaceId),
                Filters.eq("status", ConversationStatus.OPEN.name())));
        if (assigneeId != null) {
            filters.add(Filters.eq("assigneeId", assigneeId));
        }
        return conversations.find(Filters.and(filters)).sort(Sorts.ascending("createdAt")).limit(LIST_LIMIT)
                .map(ConversationDocuments::toConversation).into(new ArrayList<>());
    }

    /**
     * The same customer's latest conversation opened before {@code conversation} that has an agent, on any channel:
     * routing prefers that agent for the new one.
     */
    Optional<Conversation> lastAssignedBefore(Conversation conversation) {
        return Optional.ofNullable(conversations.find(Filters.and(
                        Filters.eq("workspaceId", conversation.workspaceId()),
                        Filters.eq("contactId", conversation.contactId()),
                        Filters.lt("createdAt", Date.from(conversation.createdAt())),
                        Filters.exists("assigneeId")))
                .sort(Sorts.descending("createdAt")).first()).map(ConversationDocuments::toConversation);
    }

    /** Sets the assignee if the conversation is still open; answers the conversation as it was before. */
    Optional<Conversation> assignIfOpen(String workspaceId, String id, String agentId, Instant at) {
        return beforeUpdate(openIn(workspaceId, id),
                Updates.combine(Updates.set("assigneeId", agentId), Updates.set("updatedAt", Date.from(at))));
    }

    /** Clears the assignee, but only if it is still {@code agentId}. */
    boolean unassign(String workspaceId, String id, String agentId, Instant at) {
        return conversations.updateOne(Filters.and(openIn(workspaceId, id), Filters.eq("assigneeId", agentId)),
                Updates.combine(Updates.unset("assigneeId"), Updates.set("updatedAt", Date.from(at))))
                .getModifiedCount() == 1;
    }

    /** Resolves the conversation if it is still open; answers the conversation as it was before. */
    Optional<Conversation> resolveIfOpen(String workspaceId, String id, Instant at) {
        return beforeUpdate(openIn(workspaceId, id), Updates.combine(
                Updates.set("status", ConversationStatus.RESOLVED.name()), Updates.set("updatedAt", Date.from(at))));
    }

    /** Notes that a message was appended at {@code at}. */
    public void touch(String id, Instant at) {
        conversations.updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.max("lastMessageAt", Date.from(at)), Updates.max("updatedAt", Date.from(at))));
    }

    private static Bson openIn(String workspaceId, String id) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("workspaceId", workspaceId),
                Filters.eq("status", ConversationStatus.OPEN.name()));
    }

    private Optional<Conversation> beforeUpdate(Bson filter, Bson update) {
        return Optional.ofNullable(conversations.findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE)))
                .map(ConversationDocuments::toConversation);
    }

    private Optional<Conversation> first(Bson filter) {
        return Optional.ofNullable(conversations.find(filter).first()).map(ConversationDocuments::toConversation);
    }
}
