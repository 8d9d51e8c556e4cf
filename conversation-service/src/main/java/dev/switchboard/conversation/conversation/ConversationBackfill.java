package dev.switchboard.conversation.conversation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.switchboard.events.Priority;
import java.util.ArrayList;
import org.bson.Document;

/**
 * Gives conversations stored before the agents' queue existed the fields it sorts on (priority rank, waiting since),
 * so that a local stack's old data lists and pages like new data. Idempotent; runs at start.
 */
final class ConversationBackfill {

    private static final int BATCH = 1_000;

    private ConversationBackfill() {
    }

    static void run(MongoCollection<Document> conversations) {
        for (Priority priority : Priority.values()) {
            conversations.updateMany(Filters.and(Filters.eq("priority", priority.name()),
                            Filters.exists(ConversationDocuments.PRIORITY_RANK, false)),
                    Updates.set(ConversationDocuments.PRIORITY_RANK, priority.ordinal()));
        }
        for (Document old : conversations.find(Filters.exists("waitingSince", false)).limit(BATCH)
                .into(new ArrayList<>())) {
            conversations.updateOne(Filters.eq("_id", old.get("_id")),
                    Updates.set("waitingSince", old.getDate("createdAt")));
        }
    }
}
