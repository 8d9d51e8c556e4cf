package dev.switchboard.notify.webhook;

import static dev.switchboard.notify.webhook.EndpointDocuments.ANNOUNCED;
import static dev.switchboard.notify.webhook.EndpointDocuments.ANNOUNCE_AFTER;
import static dev.switchboard.notify.webhook.EndpointDocuments.DISABLED_AT;
import static dev.switchboard.notify.webhook.EndpointDocuments.DISABLED_EVENT_ID;
import static dev.switchboard.notify.webhook.EndpointDocuments.DISABLED_REASON;
import static dev.switchboard.notify.webhook.EndpointDocuments.ENABLED;
import static dev.switchboard.notify.webhook.EndpointDocuments.FAILING_SINCE;
import static dev.switchboard.notify.webhook.EndpointDocuments.ID;
import static dev.switchboard.notify.webhook.EndpointDocuments.LAST_STATUS;
import static dev.switchboard.notify.webhook.EndpointDocuments.PAUSED_UNTIL;
import static dev.switchboard.notify.webhook.EndpointDocuments.UPDATED_AT;
import static dev.switchboard.notify.webhook.EndpointDocuments.WORKSPACE;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * How an endpoint has been answering: its run of failures, a pause it asked for, and its disabling. Each change is one
 * conditional write, so that of many attempts failing at once on several instances exactly one disables it.
 */
@Repository
class EndpointStatus {

    static final String GONE = "gone";
    static final String FAILING = "failing";
    static final String ADMIN = "admin";

    private final MongoCollection<Document> endpoints;

    EndpointStatus(MongoDatabase database) {
        this.endpoints = database.getCollection(EndpointDocuments.COLLECTION);
        endpoints.createIndex(Indexes.ascending(ANNOUNCED, ANNOUNCE_AFTER));
    }

    /** Starts the failing run if none is going on, and remembers the status. */
    void failed(String id, Instant at, @Nullable Integer status) {
        endpoints.updateOne(Filters.eq(ID, id), Updates.set(LAST_STATUS, status));
        endpoints.updateOne(Filters.and(Filters.eq(ID, id), Filters.eq(FAILING_SINCE, null)),
                Updates.set(FAILING_SINCE, Date.from(at)));
    }

    void succeeded(String id) {
        endpoints.updateOne(Filters.and(Filters.eq(ID, id), Filters.ne(FAILING_SINCE, null)),
                Updates.combine(Updates.unset(FAILING_SINCE), Updates.unset(LAST_STATUS)));
    }

    /** No attempt to this endpoint before {@code until} (a later pause wins over an earlier one). */
    void pause(String id, Instant until) {
        endpoints.updateOne(Filters.and(Filters.eq(ID, id), Filters.or(Filters.eq(PAUSED_UNTIL, null),
                Filters.lt(PAUSED_UNTIL, Date.from(until)))), Updates.set(PAUSED_UNTIL, Date.from(until)));
    }

    /** Disables it for answering 410 Gone; empty if it was not enabled (someone else disabled it first). */
    Optional<WebhookEndpoint> disableGone(String id, Instant now) {
        return disable(Filters.eq(ID, id), GONE, now, true);
    }

    /** Disables it if it has been failing since {@code cutoff} or earlier; empty otherwise. */
    Optional<WebhookEndpoint> disableIfFailingSince(String id, Instant cutoff, Instant now) {
        return disable(Filters.and(Filters.eq(ID, id), Filters.lte(FAILING_SINCE, Date.from(cutoff))), FAILING,
                now, true);
    }

    Optional<WebhookEndpoint> disableByAdmin(String workspaceId, String id, Instant now) {
        return disable(Filters.and(Filters.eq(ID, id), Filters.eq(WORKSPACE, workspaceId)), ADMIN, now, false);
    }

    /**
     * An endpoint disabled by us whose {@code WebhookEndpointDisabled} is not on Kafka yet, claimed for announcing
     * until {@code now + lease} so that one instance at a time publishes it.
     */
    Optional<WebhookEndpoint> nextToAnnounce(Instant now, Duration lease) {
        return Optional.ofNullable(endpoints.findOneAndUpdate(Filters.and(Filters.eq(ANNOUNCED, false),
                Filters.lte(ANNOUNCE_AFTER, Date.from(now))), Updates.set(ANNOUNCE_AFTER, Date.from(now.plus(lease))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(EndpointDocuments::toEndpoint);
    }

    void announced(String id, UUID eventId) {
        endpoints.updateOne(Filters.and(Filters.eq(ID, id), Filters.eq(DISABLED_EVENT_ID, eventId.toString())),
                Updates.set(ANNOUNCED, true));
    }

    private Optional<WebhookEndpoint> disable(Bson which, String reason, Instant now, boolean announce) {
        List<Bson> update = new ArrayList<>(List.of(Updates.set(ENABLED, false), Updates.set(DISABLED_REASON, reason),
                Updates.set(DISABLED_AT, Date.from(now)), Updates.set(UPDATED_AT, Date.from(now))));
        if (announce) {
            update.add(Updates.set(DISABLED_EVENT_ID, UUID.randomUUID().toString()));
            update.add(Updates.set(ANNOUNCED, false));
            update.add(Updates.set(ANNOUNCE_AFTER, Date.from(now)));
        }
        return Optional.ofNullable(endpoints.findOneAndUpdate(Filters.and(which, Filters.eq(ENABLED, true)),
                Updates.combine(update), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(EndpointDocuments::toEndpoint);
    }
}
