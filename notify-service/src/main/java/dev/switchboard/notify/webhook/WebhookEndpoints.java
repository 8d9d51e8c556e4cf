package dev.switchboard.notify.webhook;

import static dev.switchboard.notify.webhook.EndpointDocuments.DESCRIPTION;
import static dev.switchboard.notify.webhook.EndpointDocuments.DISABLED_AT;
import static dev.switchboard.notify.webhook.EndpointDocuments.DISABLED_REASON;
import static dev.switchboard.notify.webhook.EndpointDocuments.ENABLED;
import static dev.switchboard.notify.webhook.EndpointDocuments.EVENT_TYPES;
import static dev.switchboard.notify.webhook.EndpointDocuments.FAILING_SINCE;
import static dev.switchboard.notify.webhook.EndpointDocuments.ID;
import static dev.switchboard.notify.webhook.EndpointDocuments.LAST_STATUS;
import static dev.switchboard.notify.webhook.EndpointDocuments.PAUSED_UNTIL;
import static dev.switchboard.notify.webhook.EndpointDocuments.UPDATED_AT;
import static dev.switchboard.notify.webhook.EndpointDocuments.URL;
import static dev.switchboard.notify.webhook.EndpointDocuments.WORKSPACE;

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
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The endpoints workspaces registered, as their admins manage them and as events are fanned out to them. */
@Repository
class WebhookEndpoints {

    static final int LIMIT = 500;

    private final MongoCollection<Document> endpoints;

    WebhookEndpoints(MongoDatabase database) {
        this.endpoints = database.getCollection(EndpointDocuments.COLLECTION);
        endpoints.createIndex(Indexes.ascending(WORKSPACE, ENABLED));
    }

    void insert(WebhookEndpoint endpoint) {
        endpoints.insertOne(EndpointDocuments.toDocument(endpoint));
    }

    Optional<WebhookEndpoint> find(String id) {
        return Optional.ofNullable(endpoints.find(Filters.eq(ID, id)).first()).map(EndpointDocuments::toEndpoint);
    }

    Optional<WebhookEndpoint> find(String workspaceId, String id) {
        return Optional.ofNullable(endpoints.find(owned(workspaceId, id)).first())
                .map(EndpointDocuments::toEndpoint);
    }

    List<WebhookEndpoint> list(String workspaceId) {
        return endpoints.find(Filters.eq(WORKSPACE, workspaceId)).sort(Sorts.ascending(EndpointDocuments.CREATED_AT))
                .limit(LIMIT).map(EndpointDocuments::toEndpoint).into(new ArrayList<>());
    }

    /** The workspace's enabled endpoints that take events of this type. */
    List<WebhookEndpoint> subscribed(String workspaceId, String type) {
        return endpoints.find(Filters.and(Filters.eq(WORKSPACE, workspaceId), Filters.eq(ENABLED, true),
                Filters.in(EVENT_TYPES, type, WebhookEndpoint.ALL_TYPES))).map(EndpointDocuments::toEndpoint)
                .into(new ArrayList<>());
    }

    Optional<WebhookEndpoint> update(String workspaceId, String id, String url, List<String> eventTypes,
            @Nullable String description, Instant now) {
        return change(workspaceId, id, Updates.combine(Updates.set(URL, url), Updates.set(EVENT_TYPES, eventTypes),
                Updates.set(DESCRIPTION, description), Updates.set(UPDATED_AT, Date.from(now))));
    }

    /** Enables it again with a clean slate: no failing run, no pause. */
    Optional<WebhookEndpoint> enable(String workspaceId, String id, Instant now) {
        return change(workspaceId, id, Updates.combine(Updates.set(ENABLED, true), Updates.unset(DISABLED_REASON),
                Updates.unset(DISABLED_AT), Updates.unset(FAILING_SINCE), Updates.unset(LAST_STATUS),
                Updates.unset(PAUSED_UNTIL), Updates.set(UPDATED_AT, Date.from(now))));
    }

    boolean delete(String workspaceId, String id) {
        return endpoints.deleteOne(owned(workspaceId, id)).getDeletedCount() == 1;
    }

    private Optional<WebhookEndpoint> change(String workspaceId, String id, Bson update) {
        return Optional.ofNullable(endpoints.findOneAndUpdate(owned(workspaceId, id), update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(EndpointDocuments::toEndpoint);
    }

    private static Bson owned(String workspaceId, String id) {
        return Filters.and(Filters.eq(ID, id), Filters.eq(WORKSPACE, workspaceId));
    }
}
