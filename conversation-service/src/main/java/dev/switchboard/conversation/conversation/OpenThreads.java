package dev.switchboard.conversation.conversation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code open_threads} collection: {@code _id} = threadKey, value = the thread's open conversation. Claiming is
 * one atomic upsert with {@code $setOnInsert}, so however many consumers race, a thread never gets two open
 * conversations; the entry is removed when the conversation is resolved.
 */
@Repository
class OpenThreads {

    private final MongoCollection<Document> threads;

    OpenThreads(MongoDatabase database) {
        this.threads = database.getCollection("open_threads");
    }

    /** The thread's open conversation id: {@code candidateId} if this call opened the thread, else the existing one. */
    String claim(String threadKey, String candidateId, Instant at) {
        try {
            Document claimed = threads.findOneAndUpdate(Filters.eq("_id", threadKey),
                    Updates.combine(Updates.setOnInsert("conversationId", candidateId),
                            Updates.setOnInsert("claimedAt", Date.from(at))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return Objects.requireNonNull(claimed).getString("conversationId");
        } catch (MongoException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document winner = Objects.requireNonNull(threads.find(Filters.eq("_id", threadKey)).first());
            return winner.getString("conversationId");
        }
    }

    /** Frees the thread, but only if it still points at {@code conversationId}. */
    void release(String threadKey, String conversationId) {
        threads.deleteOne(Filters.and(Filters.eq("_id", threadKey), Filters.eq("conversationId", conversationId)));
    }
}
