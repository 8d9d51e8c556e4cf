package dev.switchboard.notify.delivery.log;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Receipts that came before the delivery log recorded their reply as accepted (a provider may call back before our
 * own write lands), in {@code pending_receipts} keyed by the provider's id, until the send is recorded. Each receipt is
 * kept as its JSON under its event id, so reading one twice holds it once; unclaimed ones expire after {@link #KEPT}.
 */
@Repository
public class PendingReceipts {

    static final Duration KEPT = Duration.ofDays(7);
    private static final String ID = "_id";
    private static final String RECEIPTS = "receipts";

    private final MongoCollection<Document> pending;

    PendingReceipts(MongoDatabase database) {
        this.pending = database.getCollection("pending_receipts");
        pending.createIndex(Indexes.ascending("heldAt"), new IndexOptions().expireAfter(KEPT.toSeconds(),
                TimeUnit.SECONDS));
    }

    public void hold(String providerId, DeliveryStatusReported receipt, Instant now) {
        pending.updateOne(Filters.eq(ID, providerId), Updates.combine(Updates.set(slot(receipt), json(receipt)),
                Updates.setOnInsert("heldAt", Date.from(now))), new UpdateOptions().upsert(true));
    }

    /** The receipts held for any of these provider ids. */
    public List<DeliveryStatusReported> heldFor(List<String> providerIds) {
        List<DeliveryStatusReported> held = new ArrayList<>();
        pending.find(Filters.in(ID, providerIds)).forEach(document -> document.get(RECEIPTS, Document.class)
                .values().forEach(receipt -> held.add(EventCodec.decode(((String) receipt)
                        .getBytes(StandardCharsets.UTF_8), DeliveryStatusReported.class))));
        return held;
    }

    /** Drops a receipt once applied; one held meanwhile for the same id stays for the next send recorded. */
    public void release(String providerId, DeliveryStatusReported receipt) {
        pending.updateOne(Filters.eq(ID, providerId), Updates.unset(slot(receipt)));
        pending.deleteOne(Filters.and(Filters.eq(ID, providerId), Filters.eq(RECEIPTS, new Document())));
    }

    /** One slot per receipt (its event id), so a receipt read twice is held once. */
    private static String slot(DeliveryStatusReported receipt) {
        return RECEIPTS + "." + receipt.eventId();
    }

    private static String json(DeliveryStatusReported receipt) {
        return new String(EventCodec.encode(receipt), StandardCharsets.UTF_8);
    }
}
