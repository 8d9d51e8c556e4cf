package dev.switchboard.conversation.contact;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.switchboard.conversation.messaging.Outbox;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ContactMerged;
import dev.switchboard.events.MessageReceived;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code contacts} collection: one document per identity, {@code _id} = workspaceId:inboxId:handle (for email the
 * sender's address, not the thread: one customer writes many email threads), kept up to date by upsert. A merged
 * contact's document stays, pointing at the contact it was merged into, so its identity keeps finding the customer.
 */
@Repository
public class ContactRepository {

    private final MongoCollection<Document> contacts;
    private final Outbox outbox;

    ContactRepository(MongoDatabase database, Outbox outbox) {
        this.contacts = database.getCollection("contacts");
        this.outbox = outbox;
        contacts.createIndex(Indexes.ascending("mergedInto"), new IndexOptions().sparse(true));
    }

    /** Records (or refreshes) the sender of {@code message}; answers the contact it belongs to now. */
    public String upsert(MessageReceived message) {
        String contactId = MessageReceived.threadOf(message.workspaceId(), message.inboxId(),
                message.sender().handle());
        Date at = Date.from(message.occurredAt());
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.setOnInsert("workspaceId", message.workspaceId()),
                Updates.setOnInsert("inboxId", message.inboxId()),
                Updates.setOnInsert("channel", message.channel().name()),
                Updates.setOnInsert("handle", message.sender().handle()),
                Updates.setOnInsert("createdAt", at),
                Updates.max("lastSeenAt", at)));
        if (message.sender().displayName() != null) {
            updates.add(Updates.set("displayName", message.sender().displayName()));
        }
        Document contact = Objects.requireNonNull(contacts.findOneAndUpdate(Filters.eq("_id", contactId),
                Updates.combine(updates), new FindOneAndUpdateOptions().upsert(true)
                        .returnDocument(ReturnDocument.AFTER).projection(Projections.include("mergedInto"))));
        String survivor = contact.getString("mergedInto");
        return survivor == null ? contactId : survivor;
    }

    /** The contact, only if it belongs to {@code workspaceId}. */
    Optional<Contact> find(String workspaceId, String id) {
        return Optional.ofNullable(contacts.find(Filters.and(Filters.eq("_id", id),
                Filters.eq("workspaceId", workspaceId))).first()).map(ContactRepository::toContact);
    }

    /** Marks {@code from} merged into {@code into}, unless it already is (a repeated merge). */
    void markMerged(String from, String into, Instant at) {
        contacts.updateOne(Filters.and(Filters.eq("_id", from), Filters.exists("mergedInto", false)),
                Updates.combine(Updates.set("mergedInto", into), Updates.set("mergedAt", Date.from(at))));
        contacts.updateMany(Filters.eq("mergedInto", from), Updates.set("mergedInto", into));
    }

    /**
     * Gives {@code into} the identities of {@code from} and announces it, once: the write is conditional on
     * {@code from} not being absorbed yet, and carries {@code merged} in the same update.
     */
    void absorb(String into, Contact from, ContactMerged merged) {
        List<Document> identities = from.identities().stream().map(identity -> new Document("inboxId",
                identity.inboxId()).append("channel", identity.channel().name()).append("handle", identity.handle()))
                .toList();
        contacts.updateOne(Filters.and(Filters.eq("_id", into), Filters.ne("mergedContactIds", from.id())),
                Updates.combine(Updates.addEachToSet("identities", identities),
                        Updates.addEachToSet("mergedContactIds", from.allIds()),
                        outbox.pushed(List.of(merged))));
    }

    private static Contact toContact(Document d) {
        List<Contact.Identity> identities = new ArrayList<>(List.of(new Contact.Identity(d.getString("inboxId"),
                Channel.valueOf(d.getString("channel")), d.getString("handle"))));
        d.getList("identities", Document.class, List.of()).forEach(identity -> identities.add(new Contact.Identity(
                identity.getString("inboxId"), Channel.valueOf(identity.getString("channel")),
                identity.getString("handle"))));
        return new Contact(d.getString("_id"), d.getString("workspaceId"), d.getString("displayName"),
                identities.stream().distinct().toList(), d.getList("mergedContactIds", String.class, List.of()),
                d.getString("mergedInto"), d.getDate("createdAt").toInstant(), d.getDate("lastSeenAt").toInstant());
    }
}
