package dev.switchboard.notify.delivery.log;

import static dev.switchboard.notify.delivery.log.DeliveryDocuments.ATTEMPTS;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.ATTEMPT_COUNT;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.CLAIMED_AT;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.FINISHED_AT;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.GENERATION;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.ID;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.PART_IDS;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.STATE;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.TOKEN;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.WORKSPACE;

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
import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code deliveries} collection, {@code _id} = the reply's message id: checked and claimed with one atomic
 * single-document write before anything is sent, so a redelivered Kafka record, a second instance or a restart finds
 * the claim (or the outcome) and sends nothing. Every later write is conditional on the claim's token.
 */
@Repository
public class DeliveryLog {

    private final MongoCollection<Document> deliveries;

    DeliveryLog(MongoDatabase database) {
        this.deliveries = database.getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending(WORKSPACE, STATE, CLAIMED_AT));
    }

    /**
     * Claims the reply for sending: a new reply by inserting it, a replay requested by an operator, or a claim whose
     * holder stopped renewing it for {@code lease} (it crashed mid-send: the one point where a reply may go twice).
     */
    public Claim claim(AgentReplied reply, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        try {
            deliveries.insertOne(DeliveryDocuments.claimed(reply, token, now));
            return new Claim.Claimed(reply.messageId(), token, 0, List.of(), 0, false);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document taken = deliveries.findOneAndUpdate(Filters.and(Filters.eq(ID, reply.messageId()), claimable(now,
                lease)), Updates.combine(Updates.set(STATE, DeliveryState.CLAIMED.name()), Updates.set(TOKEN, token),
                Updates.set(CLAIMED_AT, Date.from(now))), new FindOneAndUpdateOptions().returnDocument(
                ReturnDocument.BEFORE));
        if (taken != null) {
            DeliveryRecord before = DeliveryDocuments.toRecord(taken);
            return new Claim.Claimed(reply.messageId(), token, before.generation(), before.partIds(),
                    before.attemptCount(), before.state() == DeliveryState.CLAIMED);
        }
        DeliveryRecord existing = find(reply.messageId()).orElseThrow();
        return existing.state().settled() ? new Claim.Settled(existing) : new Claim.Held(existing);
    }

    /** Puts a try on record and renews the claim. */
    public void attempted(Claim.Claimed claim, int part, ProviderAttempt attempt, Instant now) {
        deliveries.updateOne(held(claim), Updates.combine(Updates.push(ATTEMPTS, DeliveryDocuments.attempt(attempt,
                part)), Updates.inc(ATTEMPT_COUNT, 1), Updates.set(CLAIMED_AT, Date.from(now))));
    }

    /** Puts a sent part's provider id on record, so a takeover or replay does not send that part again. */
    public void partSent(Claim.Claimed claim, String providerId) {
        deliveries.updateOne(held(claim), Updates.push(PART_IDS, providerId));
    }

    /**
     * Ends the claim and answers the settled record. A claim lost meanwhile (not renewed within the lease, taken
     * over) leaves the stored record to its new holder; the answer is then what this sender settled.
     */
    public DeliveryRecord settle(Claim.Claimed claim, Settlement settlement, Instant now) {
        Document settled = deliveries.findOneAndUpdate(held(claim), Updates.combine(
                Updates.set(STATE, settlement.state().name()),
                Updates.set("providerMessageId", settlement.providerMessageId()),
                Updates.set("reason", settlement.reason()), Updates.set("errorCode", settlement.errorCode()),
                Updates.set(FINISHED_AT, Date.from(now)), Updates.unset(TOKEN)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (settled != null) {
            return DeliveryDocuments.toRecord(settled);
        }
        DeliveryRecord current = find(claim.messageId()).orElseThrow();
        return new DeliveryRecord(current.reply(), settlement.state(), claim.generation(), current.attemptCount(),
                current.partIds(), settlement.providerMessageId(), settlement.reason(), settlement.errorCode(),
                current.claimedAt(), now, current.attempts());
    }

    public Optional<DeliveryRecord> find(String messageId) {
        return Optional.ofNullable(deliveries.find(Filters.eq(ID, messageId)).first())
                .map(DeliveryDocuments::toRecord);
    }

    /** The workspace's parked replies, oldest first: dead, waiting for a replay, or claimed by a sender that died. */
    public List<DeliveryRecord> parked(String workspaceId, Instant now, Duration lease, int limit) {
        return deliveries.find(Filters.and(Filters.eq(WORKSPACE, workspaceId), Filters.or(
                Filters.in(STATE, DeliveryState.DEAD.name(), DeliveryState.REPLAYING.name()), stale(now, lease))))
                .sort(Sorts.ascending(CLAIMED_AT)).limit(limit).map(DeliveryDocuments::toRecord)
                .into(new ArrayList<>());
    }

    /** Marks a parked reply of the workspace for replay, as its next generation; empty if it is not parked. */
    public Optional<DeliveryRecord> markForReplay(String workspaceId, String messageId, Instant now, Duration lease) {
        Bson parked = Filters.or(Filters.in(STATE, DeliveryState.DEAD.name(), DeliveryState.REPLAYING.name()),
                stale(now, lease));
        return Optional.ofNullable(deliveries.findOneAndUpdate(
                Filters.and(Filters.eq(ID, messageId), Filters.eq(WORKSPACE, workspaceId), parked),
                Updates.combine(Updates.set(STATE, DeliveryState.REPLAYING.name()), Updates.inc(GENERATION, 1),
                        Updates.set(CLAIMED_AT, Date.from(now)), Updates.unset(TOKEN)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(DeliveryDocuments::toRecord);
    }

    private static Bson held(Claim.Claimed claim) {
        return Filters.and(Filters.eq(ID, claim.messageId()), Filters.eq(TOKEN, claim.token()));
    }

    private static Bson claimable(Instant now, Duration lease) {
        return Filters.or(Filters.eq(STATE, DeliveryState.REPLAYING.name()), stale(now, lease));
    }

    private static Bson stale(Instant now, Duration lease) {
        return Filters.and(Filters.eq(STATE, DeliveryState.CLAIMED.name()),
                Filters.lt(CLAIMED_AT, Date.from(now.minus(lease))));
    }
}
