package dev.switchboard.conversation.metrics;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code metrics} field of each {@code conversations} document (this package's own field): when each
 * {@link Moment} happened and how long after the opening, each set once by a conditional single-document update,
 * and how many replies agents wrote.
 */
@Repository
class ConversationMoments {

    /** The conversation's team, when it has one (set by a PATCH of the conversation); "none" otherwise. */
    private static final String TEAM = "team";
    private static final String AGENT_REPLIES = "metrics.agentReplies";

    private final MongoCollection<Document> conversations;

    ConversationMoments(MongoDatabase database) {
        this.conversations = database.getCollection("conversations");
    }

    /** When the conversation opened, and the tags of its meters; empty if it is not in {@code workspaceId}. */
    Optional<Measured> find(String workspaceId, String conversationId) {
        Document d = conversations.find(Filters.and(Filters.eq("_id", conversationId),
                        Filters.eq("workspaceId", workspaceId)))
                .projection(Projections.include("createdAt", "channel", TEAM)).first();
        return Optional.ofNullable(d).map(found -> new Measured(conversationId, found.getDate("createdAt").toInstant(),
                Tags.of("workspace", workspaceId, "team", Optional.ofNullable(found.getString(TEAM)).orElse("none"),
                        "channel", found.getString("channel").toLowerCase(Locale.ROOT))));
    }

    /** Records that {@code moment} happened at {@code at}, unless it already had; true if this call recorded it. */
    boolean recordOnce(Measured conversation, Moment moment, Instant at) {
        return conversations.updateOne(Filters.and(Filters.eq("_id", conversation.id()),
                        Filters.exists(moment.atField, false)),
                Updates.combine(Updates.set(moment.atField, Date.from(at)),
                        Updates.set(moment.elapsedField, conversation.elapsedUntil(at).toMillis())))
                .getModifiedCount() == 1;
    }

    /** Raises the count of agents' replies to {@code count} (never lowers it: recounts may race). */
    void agentReplies(String conversationId, long count) {
        conversations.updateOne(Filters.eq("_id", conversationId), Updates.max(AGENT_REPLIES, count));
    }

    /** A conversation being measured: its id, when it opened, and the tags its meters carry. */
    record Measured(String id, Instant openedAt, Tags tags) {

        Duration elapsedUntil(Instant at) {
            Duration elapsed = Duration.between(openedAt, at);
            return elapsed.isNegative() ? Duration.ZERO : elapsed;
        }
    }
}
