package dev.switchboard.notify.webhook;

import com.mongodb.client.model.Filters;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The {@code webhook_deliveries} documents' shape: one per event and endpoint, every attempt in {@code attempts}. */
final class DeliveryDocuments {

    static final String COLLECTION = "webhook_deliveries";
    static final String ID = "_id";
    static final String ENDPOINT = "endpointId";
    static final String EVENT_ID = "eventId";
    static final String LINE = "line";
    static final String SEQ = "seq";
    static final String STATE = "state";
    static final String ATTEMPT_COUNT = "attemptCount";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String TOKEN = "claimToken";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "lastError";
    static final String FINISHED_AT = "finishedAt";

    private DeliveryDocuments() {
    }

    static String idOf(String endpointId, UUID eventId) {
        return endpointId + ":" + eventId;
    }

    static Document pending(WebhookEndpoint endpoint, SwitchboardEvent event, String payload, long seq, Instant due,
            Instant now) {
        return new Document(ID, idOf(endpoint.id(), event.eventId())).append(ENDPOINT, endpoint.id())
                .append("workspaceId", endpoint.workspaceId()).append(EVENT_ID, event.eventId().toString())
                .append("eventType", EventTypes.typeOf(event.getClass()))
                .append(LINE, endpoint.id() + ":" + event.partitionKey()).append(SEQ, seq).append("payload", payload)
                .append(STATE, WebhookDelivery.State.PENDING.name()).append(ATTEMPT_COUNT, 0)
                .append(NEXT_ATTEMPT_AT, Date.from(due)).append(ATTEMPTS, List.of())
                .append("createdAt", Date.from(now));
    }

    /** Deliveries before {@code (seq, id)} in {@code seq} order, ties broken by id. */
    static Bson before(long seq, String id) {
        return Filters.or(Filters.lt(SEQ, seq), Filters.and(Filters.eq(SEQ, seq), Filters.lt(ID, id)));
    }

    static Document attempt(WebhookDelivery.Attempt attempt) {
        return new Document("at", Date.from(attempt.at())).append("status", attempt.status())
                .append("latencyMs", attempt.latencyMs()).append("error", attempt.error());
    }

    static WebhookDelivery toDelivery(Document document) {
        return new WebhookDelivery(document.getString(ID), document.getString(ENDPOINT),
                UUID.fromString(document.getString(EVENT_ID)), document.getString("eventType"),
                document.getString(LINE), document.get(SEQ, Number.class).longValue(), document.getString("payload"),
                WebhookDelivery.State.valueOf(document.getString(STATE)), document.getInteger(ATTEMPT_COUNT, 0),
                document.getDate(NEXT_ATTEMPT_AT).toInstant(),
                document.getList(ATTEMPTS, Document.class, List.of()).stream().map(DeliveryDocuments::toAttempt)
                        .toList(), document.getString(LAST_ERROR), document.getDate("createdAt").toInstant(),
                EndpointDocuments.instant(document.getDate(FINISHED_AT)));
    }

    private static WebhookDelivery.Attempt toAttempt(Document attempt) {
        Number latency = attempt.get("latencyMs", Number.class);
        return new WebhookDelivery.Attempt(attempt.getDate("at").toInstant(), attempt.getInteger("status"),
                latency == null ? 0 : latency.longValue(), attempt.getString("error"));
    }
}
