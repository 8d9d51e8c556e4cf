package dev.switchboard.notify.delivery.webchat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.switchboard.notify.presence.LiveInstances;
import dev.switchboard.notify.security.VisitorIdentity;
import dev.switchboard.notify.socket.ClientSocket;
import dev.switchboard.notify.socket.SocketListener;
import dev.switchboard.notify.socket.SocketRegistry;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which notify instances hold a widget of each visitor ({@code webchat_visitors}: the instance ids), so that the
 * instance that records a reply's delivery knows whether any instance can show it, wherever the widget connected. An
 * instance adds itself when a widget of the visitor opens there and removes itself when the last one closes; one that
 * crashed stops counting when it stops being alive ({@link LiveInstances}).
 */
final class VisitorWidgets implements SocketListener<VisitorIdentity> {

    private static final Logger log = LoggerFactory.getLogger(VisitorWidgets.class);
    private static final String INSTANCES = "instances";
    private static final String UPDATED_AT = "updatedAt";

    private final SocketRegistry<VisitorKey> sockets;
    private final LiveInstances instances;
    private final ShownReplies shown;
    private final MongoCollection<Document> visitors;
    private final MongoCollection<Document> shownReplies;

    VisitorWidgets(SocketRegistry<VisitorKey> sockets, LiveInstances instances, ShownReplies shown,
            MongoDatabase database) {
        this.sockets = sockets;
        this.instances = instances;
        this.shown = shown;
        this.visitors = database.getCollection("webchat_visitors");
        visitors.createIndex(Indexes.ascending(UPDATED_AT), new IndexOptions().expireAfter(7L, TimeUnit.DAYS));
        this.shownReplies = database.getCollection("webchat_shown");
        shownReplies.createIndex(Indexes.ascending(UPDATED_AT), new IndexOptions().expireAfter(1L, TimeUnit.DAYS));
    }

    /**
     * Records that an instance is showing this reply on the visitor's widget, before it writes it: the instance that
     * records the delivery may read the reply later than the showing one did, after the widget closed, and must still
     * count it delivered.
     */
    void showing(VisitorKey visitor, String messageId) {
        try {
            shownReplies.updateOne(shownId(visitor, messageId), Updates.currentDate(UPDATED_AT),
                    new UpdateOptions().upsert(true));
        } catch (RuntimeException e) {
            log.warn("could not record reply {} as shown to visitor {}: {}", messageId, visitor.visitorId(),
                    e.toString());
        }
    }

    /** Whether a widget of the visitor showed this reply, on any instance. */
    boolean shown(VisitorKey visitor, String messageId) {
        return shownReplies.find(shownId(visitor, messageId)).first() != null;
    }

    /** Whether a widget of the visitor is open on a running instance, this one or another. */
    boolean openAnywhere(VisitorKey visitor) {
        Document found = visitors.find(idOf(visitor)).first();
        return found != null && instances.anyAlive(found.getList(INSTANCES, String.class, List.of()));
    }

    @Override
    public void opened(VisitorIdentity identity, URI handshake, ClientSocket socket) {
        holdHere(VisitorKey.of(identity));
    }

    /**
     * The last widget here closed: this instance no longer holds the visitor. Looking again after the write keeps a
     * widget opened meanwhile counted, whichever write lands last.
     */
    @Override
    public void closed(VisitorIdentity identity, ClientSocket socket) {
        VisitorKey visitor = VisitorKey.of(identity);
        if (sockets.holds(visitor)) {
            return;
        }
        shown.forget(visitor);
        record(visitor, Updates.pull(INSTANCES, instances.self()), false);
        if (sockets.holds(visitor)) {
            holdHere(visitor);
        }
    }

    private void holdHere(VisitorKey visitor) {
        record(visitor, Updates.addToSet(INSTANCES, instances.self()), true);
    }

    /** A widget works without the record; only a delivery's outcome may then be recorded wrongly. */
    private void record(VisitorKey visitor, Bson change, boolean upsert) {
        try {
            visitors.updateOne(idOf(visitor), Updates.combine(change, Updates.currentDate(UPDATED_AT)),
                    new UpdateOptions().upsert(upsert));
        } catch (RuntimeException e) {
            log.warn("could not record where visitor {}'s widgets are: {}", visitor.visitorId(), e.toString());
        }
    }

    private static Bson shownId(VisitorKey visitor, String messageId) {
        return Filters.eq("_id", new Document("workspaceId", visitor.workspaceId())
                .append("inboxId", visitor.inboxId()).append("visitorId", visitor.visitorId())
                .append("messageId", messageId));
    }

    private static Bson idOf(VisitorKey visitor) {
        return Filters.eq("_id", new Document("workspaceId", visitor.workspaceId())
                .append("inboxId", visitor.inboxId()).append("visitorId", visitor.visitorId()));
    }
}
