package dev.switchboard.notify.delivery.log;

import static dev.switchboard.notify.delivery.log.DeliveryDocuments.FINISHED_AT;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.ID;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.PART_IDS;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.STATE;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.THREAD_KEY;
import static dev.switchboard.notify.delivery.log.DeliveryDocuments.WORKSPACE;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The provider's receipts on the {@code deliveries} entries of accepted replies: found by any part's provider id (or,
 * for a watermark, by thread and time), moved only forward with one conditional write, and marked once published so
 * a receipt read again publishes nothing, while one whose publication failed is published on the next try.
 */
@Repository
public class ReceiptLog {

    private static final String STATUS = "receipt.status";
    private static final String PROGRESS = "receipt.progress";
    private static final String EVENT_ID = "receipt.eventId";
    private static final String PUBLISHED = "receipt.published";

    private final MongoCollection<Document> deliveries;

    ReceiptLog(MongoDatabase database) {
        this.deliveries = database.getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending(PART_IDS));
        deliveries.createIndex(Indexes.ascending(THREAD_KEY, FINISHED_AT));
    }

    /** The workspace's reply one of whose parts the provider knows by {@code providerId}, in whatever state. */
    public Optional<DeliveryRecord> sentAs(String workspaceId, String providerId) {
        return Optional.ofNullable(deliveries.find(Filters.and(Filters.eq(PART_IDS, providerId),
                Filters.eq(WORKSPACE, workspaceId))).first()).map(DeliveryDocuments::toRecord);
    }

    /** Accepted replies to the thread's customer, oldest first, accepted by {@code watermark} and not yet that far. */
    public List<DeliveryRecord> acceptedBy(String threadKey, Instant watermark, int progress, int limit) {
        return deliveries.find(Filters.and(Filters.eq(THREAD_KEY, threadKey), accepted(),
                Filters.lte(FINISHED_AT, Date.from(watermark)), behind(progress)))
                .sort(Sorts.ascending(FINISHED_AT)).limit(limit).map(DeliveryDocuments::toRecord)
                .into(new ArrayList<>());
    }

    /** Records the change if it moves the accepted reply forward; nothing otherwise (a repeat, or going back). */
    public void advance(DeliveryStatusChanged change, Instant now) {
        deliveries.updateOne(Filters.and(Filters.eq(ID, change.messageId()), accepted(),
                behind(change.status().progress())), Updates.set("receipt", new Document("status",
                change.status().name())
                .append("progress", change.status().progress())
                .append("providerTimestamp", change.providerTimestamp() == null ? null
                        : Date.from(change.providerTimestamp()))
                .append("errorCode", change.errorCode())
                .append("errorMessage", change.errorMessage())
                .append("eventId", change.eventId().toString())
                .append("published", false)
                .append("updatedAt", Date.from(now))));
    }

    /** Whether {@code change} is the reply's recorded receipt and has not been published yet. */
    public boolean unpublished(DeliveryStatusChanged change) {
        return deliveries.find(standing(change)).first() != null;
    }

    public void published(DeliveryStatusChanged change) {
        deliveries.updateOne(standing(change), Updates.set(PUBLISHED, true));
    }

    private static Bson standing(DeliveryStatusChanged change) {
        return Filters.and(Filters.eq(ID, change.messageId()), Filters.eq(EVENT_ID, change.eventId().toString()),
                Filters.eq(STATUS, change.status().name()), Filters.eq(PUBLISHED, false));
    }

    private static Bson accepted() {
        return Filters.eq(STATE, DeliveryState.DELIVERED.name());
    }

    /** A receipt of lower progress, or none yet: an accepted reply without one stands at SENT. */
    private static Bson behind(int progress) {
        Bson lower = Filters.lt(PROGRESS, progress);
        return progress > DeliveryStatus.SENT.progress() ? Filters.or(Filters.exists(PROGRESS, false), lower) : lower;
    }
}
