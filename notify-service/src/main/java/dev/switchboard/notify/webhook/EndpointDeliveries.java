package dev.switchboard.notify.webhook;

import static dev.switchboard.notify.webhook.DeliveryDocuments.ATTEMPT_COUNT;
import static dev.switchboard.notify.webhook.DeliveryDocuments.ENDPOINT;
import static dev.switchboard.notify.webhook.DeliveryDocuments.FINISHED_AT;
import static dev.switchboard.notify.webhook.DeliveryDocuments.ID;
import static dev.switchboard.notify.webhook.DeliveryDocuments.LAST_ERROR;
import static dev.switchboard.notify.webhook.DeliveryDocuments.NEXT_ATTEMPT_AT;
import static dev.switchboard.notify.webhook.DeliveryDocuments.SEQ;
import static dev.switchboard.notify.webhook.DeliveryDocuments.STATE;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.switchboard.notify.webhook.WebhookDelivery.State;
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
 * One endpoint's deliveries as a whole: its log page by page, replays, and what pausing, disabling or deleting the
 * endpoint does to those still pending.
 */
@Repository
class EndpointDeliveries {

    private final MongoCollection<Document> deliveries;

    EndpointDeliveries(MongoDatabase database) {
        this.deliveries = database.getCollection(DeliveryDocuments.COLLECTION);
        deliveries.createIndex(Indexes.descending(ENDPOINT, SEQ, ID));
        deliveries.createIndex(Indexes.ascending(ENDPOINT, STATE));
    }

    /** Up to {@code limit} of the endpoint's deliveries after {@code cursor}, newest accepted first. */
    List<WebhookDelivery> page(String endpointId, @Nullable State state, @Nullable DeliveryCursor cursor, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq(ENDPOINT, endpointId)));
        if (state != null) {
            filters.add(Filters.eq(STATE, state.name()));
        }
        if (cursor != null) {
            filters.add(DeliveryDocuments.before(cursor.seq(), cursor.id()));
        }
        return deliveries.find(Filters.and(filters)).sort(Sorts.descending(SEQ, ID)).limit(limit)
                .map(DeliveryDocuments::toDelivery).into(new ArrayList<>());
    }

    Optional<WebhookDelivery> find(String endpointId, UUID eventId) {
        return Optional.ofNullable(deliveries.find(Filters.eq(ID, DeliveryDocuments.idOf(endpointId, eventId)))
                .first()).map(DeliveryDocuments::toDelivery);
    }

    /**
     * Sends a settled delivery again from the start of the schedule, in its old place in its conversation's line;
     * empty if it is still pending or being attempted.
     */
    Optional<WebhookDelivery> replay(String endpointId, UUID eventId, Instant now) {
        return Optional.ofNullable(deliveries.findOneAndUpdate(Filters.and(
                Filters.eq(ID, DeliveryDocuments.idOf(endpointId, eventId)),
                Filters.in(STATE, State.SUCCEEDED.name(), State.FAILED.name())), requeued(now),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(DeliveryDocuments::toDelivery);
    }

    /** Replays every failed delivery of the endpoint; answers how many. */
    long replayFailed(String endpointId, Instant now) {
        return deliveries.updateMany(Filters.and(Filters.eq(ENDPOINT, endpointId), Filters.eq(STATE,
                State.FAILED.name())), requeued(now)).getModifiedCount();
    }

    /** No pending delivery of the endpoint is due before {@code until}. */
    void postpone(String endpointId, Instant until) {
        deliveries.updateMany(Filters.and(Filters.eq(ENDPOINT, endpointId), Filters.eq(STATE, State.PENDING.name()),
                Filters.lt(NEXT_ATTEMPT_AT, Date.from(until))), Updates.set(NEXT_ATTEMPT_AT, Date.from(until)));
    }

    /** Fails every pending delivery of an endpoint that was disabled; replaying them sends them again. */
    void failPending(String endpointId, String reason, Instant now) {
        deliveries.updateMany(Filters.and(Filters.eq(ENDPOINT, endpointId), Filters.eq(STATE, State.PENDING.name())),
                Updates.combine(Updates.set(STATE, State.FAILED.name()), Updates.set(LAST_ERROR, reason),
                        Updates.set(FINISHED_AT, Date.from(now))));
    }

    /** The endpoint was deleted: its log goes with it. */
    void forget(String endpointId) {
        deliveries.deleteMany(Filters.eq(ENDPOINT, endpointId));
    }

    private static Bson requeued(Instant now) {
        return Updates.combine(Updates.set(STATE, State.PENDING.name()), Updates.set(ATTEMPT_COUNT, 0),
                Updates.set(NEXT_ATTEMPT_AT, Date.from(now)), Updates.unset(FINISHED_AT), Updates.unset(LAST_ERROR));
    }
}
