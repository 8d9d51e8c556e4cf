package dev.switchboard.conversation.messaging;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves {@link Outbox} events to Kafka: at once after each write ({@link #flush}), and by a bounded periodic sweep for
 * whatever a crash or an unavailable broker left behind. An event leaves the outbox only after Kafka acknowledged
 * it and this service's in-process listeners handled it ({@link EventPublisher}), so it is never lost; a crash or a
 * listener's failure between the acknowledgement and the removal publishes it again under the same {@code ce_id},
 * which consumers drop and listeners handle idempotently.
 */
@Component
public class OutboxRelay {

    public static final String CONVERSATIONS = "conversations";
    public static final String MESSAGES = "messages";
    public static final String CONTACTS = "contacts";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final List<String> COLLECTIONS = List.of(CONVERSATIONS, MESSAGES, CONTACTS);

    private final MongoDatabase database;
    private final EventPublisher publisher;
    private final SweepProperties sweeps;
    private final Clock clock;

    OutboxRelay(MongoDatabase database, EventPublisher publisher, SweepProperties sweeps, Clock clock) {
        this.database = database;
        this.publisher = publisher;
        this.sweeps = sweeps;
        this.clock = clock;
        COLLECTIONS.forEach(name -> collection(name).createIndex(Indexes.ascending(Outbox.SINCE),
                new IndexOptions().sparse(true)));
    }

    /** Publishes the document's pending events, oldest first; what Kafka does not take stays for the sweep. */
    public void flush(String collectionName, String id) {
        Document pending = collection(collectionName).find(Filters.eq("_id", id))
                .projection(Projections.include(Outbox.FIELD)).first();
        if (pending != null) {
            relay(collectionName, pending);
        }
    }

    /**
     * Relays the outboxes pending longer than the grace period, at most a batch per collection. Each document is
     * first claimed by a conditional update of its {@code outboxAt}, so two instances never relay it together.
     *
     * @return how many documents were relayed completely
     */
    public int sweep() {
        Instant now = clock.instant();
        Date cutoff = Date.from(now.minus(sweeps.outboxGrace()));
        int relayed = 0;
        for (String name : COLLECTIONS) {
            for (Document pending : collection(name).find(Filters.lte(Outbox.SINCE, cutoff))
                    .projection(Projections.include(Outbox.FIELD, Outbox.SINCE)).limit(sweeps.batch())
                    .into(new ArrayList<>())) {
                if (claim(name, pending, now) && relay(name, pending)) {
                    relayed++;
                }
            }
        }
        return relayed;
    }

    private boolean claim(String name, Document pending, Instant now) {
        return collection(name).updateOne(Filters.and(Filters.eq("_id", pending.get("_id")),
                        Filters.eq(Outbox.SINCE, pending.getDate(Outbox.SINCE))),
                Updates.set(Outbox.SINCE, Date.from(now))).getModifiedCount() == 1;
    }

    private boolean relay(String name, Document pending) {
        List<Document> entries = pending.getList(Outbox.FIELD, Document.class, List.of());
        List<String> sent = new ArrayList<>();
        try {
            for (Document entry : entries) {
                publisher.publish(Outbox.event(entry), entry.getString("correlationId"));
                sent.add(entry.getString("eventId"));
            }
        } catch (RuntimeException e) {
            log.warn("Event {} of {} {} not relayed (Kafka or a listener failed): left for the sweep ({})",
                    entries.get(sent.size()).getString("eventId"), name, pending.get("_id"), e.toString());
        } finally {
            remove(name, pending.get("_id"), sent);
        }
        return sent.size() == entries.size();
    }

    private void remove(String name, Object id, List<String> sent) {
        MongoCollection<Document> documents = collection(name);
        if (!sent.isEmpty()) {
            documents.updateOne(Filters.eq("_id", id),
                    Updates.pull(Outbox.FIELD, new Document("eventId", new Document("$in", sent))));
        }
        documents.updateOne(Filters.and(Filters.eq("_id", id), Filters.size(Outbox.FIELD, 0)),
                Updates.combine(Updates.unset(Outbox.FIELD), Updates.unset(Outbox.SINCE)));
    }

    private MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }
}
