package dev.switchboard.conversation.message;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.switchboard.conversation.conversation.EventIds;
import dev.switchboard.conversation.messaging.Outbox;
import dev.switchboard.conversation.messaging.OutboxRelay;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusChanged;
import dev.switchboard.events.DeliveryUpdated;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageDelivered;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps each reply's {@code delivery} in its {@code messages} document as {@code delivery-events} report it, with
 * one conditional single-document update that never moves it back and carries {@code delivery.updated} in the same
 * write: a late or redelivered event changes nothing and announces nothing.
 */
@Component
public class ReplyDeliveries {

    private static final Logger log = LoggerFactory.getLogger(ReplyDeliveries.class);
    private static final String PROGRESS = "delivery.progress";

    private final MongoCollection<Document> messages;
    private final MessageRepository replies;
    private final Outbox outbox;
    private final OutboxRelay relay;

    ReplyDeliveries(MongoDatabase database, MessageRepository replies, Outbox outbox, OutboxRelay relay) {
        this.messages = database.getCollection("messages");
        this.replies = replies;
        this.outbox = outbox;
        this.relay = relay;
    }

    /** Records what the event says about its reply, if that is further along than what is recorded. */
    public void record(DeliveryEvent event) {
        Message reply = replies.find(event.messageId()).filter(m -> m.workspaceId().equals(event.workspaceId()))
                .orElse(null);
        if (reply == null) {
            return;
        }
        Delivery delivery = Delivery.of(event);
        DeliveryUpdated updated = new DeliveryUpdated(EventIds.derived(event.eventId().toString(), "delivery-updated"),
                delivery.updatedAt(), event.workspaceId(), event.conversationId(), event.messageId(),
                channelOf(event), reply.author().id(), delivery.status(), delivery.reason(), delivery.permanent());
        boolean moved = messages.updateOne(Filters.and(Filters.eq("_id", event.messageId()),
                Filters.eq("workspaceId", event.workspaceId()), Filters.eq("direction", Direction.OUTBOUND.name()),
                behind(delivery)), Updates.combine(Updates.set("delivery", toDocument(delivery)),
                outbox.pushed(List.of(updated)))).getModifiedCount() > 0;
        if (moved) {
            log.info("reply {} is {}", event.messageId(), delivery.status());
            relay.flush(OutboxRelay.MESSAGES, event.messageId());
        }
    }

    private static Channel channelOf(DeliveryEvent event) {
        if (event instanceof MessageDelivered delivered) {
            return delivered.channel();
        }
        return event instanceof DeliveryFailed failed ? failed.channel() : ((DeliveryStatusChanged) event).channel();
    }

    /** No delivery yet, one of lower progress, or (while our sending fails) an earlier failure. */
    private static Bson behind(Delivery delivery) {
        Bson further = delivery.progress() == Delivery.NOT_SENT
                ? Filters.and(Filters.eq(PROGRESS, Delivery.NOT_SENT),
                        Filters.lt("delivery.updatedAt", Date.from(delivery.updatedAt())))
                : Filters.lt(PROGRESS, delivery.progress());
        return Filters.or(Filters.exists(PROGRESS, false), further);
    }

    private static Document toDocument(Delivery delivery) {
        return new Document("status", delivery.status().name())
                .append("progress", delivery.progress())
                .append("providerMessageId", delivery.providerMessageId())
                .append("reason", delivery.reason())
                .append("permanent", delivery.permanent())
                .append("updatedAt", Date.from(delivery.updatedAt()));
    }

    static @Nullable Delivery fromDocument(@Nullable Document delivery) {
        return delivery == null ? null : new Delivery(DeliveryStatus.valueOf(delivery.getString("status")),
                delivery.getInteger("progress"), delivery.getString("providerMessageId"),
                delivery.getString("reason"), delivery.getBoolean("permanent", false),
                delivery.getDate("updatedAt").toInstant());
    }
}
