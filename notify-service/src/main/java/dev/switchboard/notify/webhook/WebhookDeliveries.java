package dev.switchboard.notify.webhook;

import static dev.switchboard.notify.webhook.DeliveryDocuments.ATTEMPTS;
import static dev.switchboard.notify.webhook.DeliveryDocuments.ATTEMPT_COUNT;
import static dev.switchboard.notify.webhook.DeliveryDocuments.FINISHED_AT;
import static dev.switchboard.notify.webhook.DeliveryDocuments.ID;
import static dev.switchboard.notify.webhook.DeliveryDocuments.LAST_ERROR;
import static dev.switchboard.notify.webhook.DeliveryDocuments.LINE;
import static dev.switchboard.notify.webhook.DeliveryDocuments.NEXT_ATTEMPT_AT;
import static dev.switchboard.notify.webhook.DeliveryDocuments.SEQ;
import static dev.switchboard.notify.webhook.DeliveryDocuments.STATE;
import static dev.switchboard.notify.webhook.DeliveryDocuments.TOKEN;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.notify.webhook.WebhookDelivery.Attempt;
import dev.switchboard.notify.webhook.WebhookDelivery.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Pending webhook deliveries, claimed for an attempt with one conditional write (the delivery log's pattern: a claim
 * token and a lease), so two instances never make the same attempt at once and a dead instance's claim is taken over.
 * Every write after the claim is conditional on its token.
 */
@Repository
class WebhookDeliveries {

    private final MongoCollection<Document> deliveries;
    private final AtomicLong lastSeq = new AtomicLong();

    WebhookDeliveries(MongoDatabase database) {
        this.deliveries = database.getCollection(DeliveryDocuments.COLLECTION);
        deliveries.createIndex(Indexes.ascending(STATE, NEXT_ATTEMPT_AT));
        deliveries.createIndex(Indexes.ascending(LINE, SEQ));
    }

    /** Records the event for the endpoint, due at {@code due}; false if it already was (a record read again). */
    boolean accept(WebhookEndpoint endpoint, SwitchboardEvent event, String payload, Instant due, Instant now) {
        long seq = lastSeq.updateAndGet(last -> Math.max(last + 1, now.toEpochMilli() * 1000));
        try {
            deliveries.insertOne(DeliveryDocuments.pending(endpoint, event, payload, seq, due, now));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** Pending deliveries whose time has come and claims that lapsed, longest due first. */
    List<WebhookDelivery> due(Instant now, int limit) {
        return deliveries.find(Filters.and(unsettled(), Filters.lte(NEXT_ATTEMPT_AT, Date.from(now))))
                .sort(Sorts.ascending(NEXT_ATTEMPT_AT)).limit(limit).map(DeliveryDocuments::toDelivery)
                .into(new ArrayList<>());
    }

    /** The unsettled delivery of the same conversation and endpoint that has to go before this one, if any. */
    Optional<WebhookDelivery> ahead(WebhookDelivery delivery) {
        return Optional.ofNullable(deliveries.find(Filters.and(Filters.eq(LINE, delivery.line()), unsettled(),
                DeliveryDocuments.before(delivery.seq(), delivery.id()))).sort(Sorts.ascending(SEQ)).first())
                .map(DeliveryDocuments::toDelivery);
    }

    /** Leaves a delivery that waits for one ahead of it alone until {@code until}. */
    void holdBack(WebhookDelivery delivery, Instant until) {
        deliveries.updateOne(Filters.and(Filters.eq(ID, delivery.id()), state(State.PENDING)),
                Updates.set(NEXT_ATTEMPT_AT, Date.from(until)));
    }

    /** Ours to attempt until {@code now + lease}, or empty if another instance claimed it first. */
    Optional<Claim> claim(WebhookDelivery due, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        Document before = deliveries.findOneAndUpdate(Filters.and(Filters.eq(ID, due.id()), unsettled(),
                Filters.lte(NEXT_ATTEMPT_AT, Date.from(now))), Updates.combine(Updates.set(STATE, State.CLAIMED.name()),
                Updates.set(TOKEN, token), Updates.set(NEXT_ATTEMPT_AT, Date.from(now.plus(lease)))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return Optional.ofNullable(before).map(DeliveryDocuments::toDelivery)
                .map(delivery -> new Claim(delivery, token, delivery.state() == State.CLAIMED));
    }

    /** Gives the claim back without an attempt: due again at {@code until}. */
    void release(Claim claim, Instant until) {
        settle(claim, Updates.set(STATE, State.PENDING.name()), Updates.set(NEXT_ATTEMPT_AT, Date.from(until)));
    }

    void succeeded(Claim claim, Attempt attempt, Instant now) {
        settle(claim, Updates.set(STATE, State.SUCCEEDED.name()), Updates.push(ATTEMPTS,
                DeliveryDocuments.attempt(attempt)), Updates.inc(ATTEMPT_COUNT, 1),
                Updates.set(FINISHED_AT, Date.from(now)), Updates.unset(LAST_ERROR));
    }

    void retry(Claim claim, Attempt attempt, Instant next) {
        settle(claim, Updates.set(STATE, State.PENDING.name()), Updates.push(ATTEMPTS,
                DeliveryDocuments.attempt(attempt)), Updates.inc(ATTEMPT_COUNT, 1),
                Updates.set(NEXT_ATTEMPT_AT, Date.from(next)), Updates.set(LAST_ERROR, attempt.error()));
    }

    /** Gives up on it (a replay sends it again); {@code attempt} is the last one, if one was made. */
    void failed(Claim claim, Optional<Attempt> attempt, String reason, Instant now) {
        List<Bson> update = new ArrayList<>(List.of(Updates.set(STATE, State.FAILED.name()),
                Updates.set(LAST_ERROR, reason), Updates.set(FINISHED_AT, Date.from(now))));
        attempt.ifPresent(made -> update.addAll(List.of(Updates.push(ATTEMPTS, DeliveryDocuments.attempt(made)),
                Updates.inc(ATTEMPT_COUNT, 1))));
        settle(claim, update.toArray(Bson[]::new));
    }

    /** The one settled was the head of its line: the next one in it is due now. */
    void next(String line, Instant now) {
        deliveries.findOneAndUpdate(Filters.and(Filters.eq(LINE, line), state(State.PENDING)),
                Updates.set(NEXT_ATTEMPT_AT, Date.from(now)), new FindOneAndUpdateOptions().sort(Sorts.ascending(SEQ)));
    }

    private void settle(Claim claim, Bson... updates) {
        List<Bson> update = new ArrayList<>(List.of(updates));
        update.add(Updates.unset(TOKEN));
        deliveries.updateOne(Filters.and(Filters.eq(ID, claim.delivery().id()), Filters.eq(TOKEN, claim.token())),
                Updates.combine(update));
    }

    private static Bson unsettled() {
        return Filters.in(STATE, State.PENDING.name(), State.CLAIMED.name());
    }

    private static Bson state(State state) {
        return Filters.eq(STATE, state.name());
    }

    /**
     * A delivery claimed for one attempt.
     *
     * @param tookOver whether an instance that died held it before (it may have sent it: the one duplicate case)
     */
    record Claim(WebhookDelivery delivery, String token, boolean tookOver) {
    }
}
