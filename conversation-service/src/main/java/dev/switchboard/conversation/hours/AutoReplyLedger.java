package dev.switchboard.conversation.hours;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Which closed period a conversation last got its auto-reply for: the {@code autoReply} field of its
 * {@code conversations} document (this package's own field), claimed by one conditional single-document update, so
 * that a redelivered message, or another message in the same closed period, never sends a second one.
 */
@Repository
class AutoReplyLedger {

    private static final String SINCE = "autoReply.closedSince";
    private static final String SENT = "autoReply.sent";

    private final MongoCollection<Document> conversations;

    AutoReplyLedger(MongoDatabase database) {
        this.conversations = database.getCollection("conversations");
    }

    /**
     * Whether the reply for the closed period starting {@code since} is still to be sent: claimed by this call (no
     * reply yet, or only for an earlier period), or claimed by a handler that stopped before it stored the reply.
     */
    boolean due(String conversationId, Instant since) {
        Date period = Date.from(since);
        boolean claimed = conversations.updateOne(Filters.and(Filters.eq("_id", conversationId),
                        Filters.or(Filters.exists(SINCE, false), Filters.lt(SINCE, period))),
                Updates.combine(Updates.set(SINCE, period), Updates.set(SENT, false))).getModifiedCount() == 1;
        return claimed || conversations.countDocuments(Filters.and(Filters.eq("_id", conversationId),
                Filters.eq(SINCE, period), Filters.eq(SENT, false))) == 1;
    }

    /**
     * Notes that the reply for the period starting {@code since} is stored with its events: the outbox relay
     * publishes them, so it is as good as sent.
     */
    void sent(String conversationId, Instant since) {
        conversations.updateOne(Filters.and(Filters.eq("_id", conversationId), Filters.eq(SINCE, Date.from(since))),
                Updates.set(SENT, true));
    }
}
