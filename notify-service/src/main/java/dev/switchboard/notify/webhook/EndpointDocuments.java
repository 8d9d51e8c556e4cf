package dev.switchboard.notify.webhook;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** The {@code webhook_endpoints} documents' shape, {@code _id} = the endpoint id. */
final class EndpointDocuments {

    static final String COLLECTION = "webhook_endpoints";
    static final String ID = "_id";
    static final String WORKSPACE = "workspaceId";
    static final String URL = "url";
    static final String EVENT_TYPES = "eventTypes";
    static final String DESCRIPTION = "description";
    static final String ENABLED = "enabled";
    static final String DISABLED_REASON = "disabledReason";
    static final String DISABLED_AT = "disabledAt";
    static final String FAILING_SINCE = "failingSince";
    static final String LAST_STATUS = "lastStatus";
    static final String PAUSED_UNTIL = "pausedUntil";
    static final String DISABLED_EVENT_ID = "disabledEventId";
    /** {@code false} while a disabling is not yet on {@code notify-events}. */
    static final String ANNOUNCED = "announced";
    /** When an instance may (again) try to announce it. */
    static final String ANNOUNCE_AFTER = "announceAfter";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";

    private EndpointDocuments() {
    }

    static Document toDocument(WebhookEndpoint endpoint) {
        return new Document(ID, endpoint.id()).append(WORKSPACE, endpoint.workspaceId()).append(URL, endpoint.url())
                .append(EVENT_TYPES, endpoint.eventTypes()).append("secret", endpoint.secret())
                .append(DESCRIPTION, endpoint.description()).append(ENABLED, endpoint.enabled())
                .append(CREATED_AT, Date.from(endpoint.createdAt())).append(UPDATED_AT, Date.from(endpoint.updatedAt()));
    }

    static WebhookEndpoint toEndpoint(Document document) {
        String eventId = document.getString(DISABLED_EVENT_ID);
        return new WebhookEndpoint(document.getString(ID), document.getString(WORKSPACE), document.getString(URL),
                document.getList(EVENT_TYPES, String.class, List.of()), document.getString("secret"),
                document.getString(DESCRIPTION), document.getBoolean(ENABLED, false),
                document.getString(DISABLED_REASON), instant(document.getDate(DISABLED_AT)),
                instant(document.getDate(FAILING_SINCE)), document.getInteger(LAST_STATUS),
                instant(document.getDate(PAUSED_UNTIL)), eventId == null ? null : UUID.fromString(eventId),
                document.getDate(CREATED_AT).toInstant(), document.getDate(UPDATED_AT).toInstant());
    }

    static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
