package dev.switchboard.notify.delivery.log;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** The {@code deliveries} documents' shape: reply and state at the top, every try in {@code attempts}. */
final class DeliveryDocuments {

    static final String ID = "_id";
    static final String WORKSPACE = "workspaceId";
    static final String STATE = "state";
    static final String GENERATION = "generation";
    static final String ATTEMPT_COUNT = "attemptCount";
    static final String ATTEMPTS = "attempts";
    static final String PART_IDS = "partIds";
    static final String TOKEN = "claimToken";
    static final String CLAIMED_AT = "claimedAt";
    static final String FINISHED_AT = "finishedAt";
    static final String THREAD_KEY = "threadKey";

    private DeliveryDocuments() {
    }

    /** A reply seen for the first time, claimed at once by whoever inserts it. */
    static Document claimed(AgentReplied reply, String token, Instant now) {
        return new Document(ID, reply.messageId())
                .append(WORKSPACE, reply.workspaceId())
                .append("conversationId", reply.conversationId())
                .append("inboxId", reply.inboxId())
                .append("channel", reply.channel().name())
                .append(THREAD_KEY, MessageReceived.threadOf(reply.workspaceId(), reply.inboxId(), reply.recipient()))
                .append(STATE, DeliveryState.CLAIMED.name())
                .append(GENERATION, 0)
                .append(ATTEMPT_COUNT, 0)
                .append(ATTEMPTS, List.of())
                .append(PART_IDS, List.of())
                .append(TOKEN, token)
                .append(CLAIMED_AT, Date.from(now))
                .append("createdAt", Date.from(now))
                .append("reply", new String(EventCodec.encode(reply), StandardCharsets.UTF_8));
    }

    static Document attempt(ProviderAttempt attempt, int part) {
        return new Document("at", Date.from(attempt.at()))
                .append("part", part)
                .append("outcome", attempt.outcome().name())
                .append("latencyMs", attempt.latency().toMillis())
                .append("status", attempt.status())
                .append("code", attempt.code())
                .append("detail", attempt.detail());
    }

    static DeliveryRecord toRecord(Document document) {
        AgentReplied reply = EventCodec.decode(document.getString("reply").getBytes(StandardCharsets.UTF_8),
                AgentReplied.class);
        return new DeliveryRecord(reply, DeliveryState.valueOf(document.getString(STATE)),
                document.getInteger(GENERATION, 0), document.getInteger(ATTEMPT_COUNT, 0),
                document.getList(PART_IDS, String.class, List.of()), document.getString("providerMessageId"),
                document.getString("reason"), document.getString("errorCode"), instant(document.getDate(CLAIMED_AT)),
                instant(document.getDate(FINISHED_AT)),
                document.getList(ATTEMPTS, Document.class, List.of()).stream().map(DeliveryDocuments::toAttempt)
                        .toList());
    }

    private static ProviderAttempt toAttempt(Document attempt) {
        Number latency = attempt.get("latencyMs", Number.class);
        return new ProviderAttempt(attempt.getDate("at").toInstant(),
                ProviderAttempt.Outcome.valueOf(attempt.getString("outcome")),
                Duration.ofMillis(latency == null ? 0 : latency.longValue()), attempt.getInteger("status"),
                attempt.getString("code"), attempt.getString("detail"));
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
