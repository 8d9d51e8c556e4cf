package dev.switchboard.conversation.contact;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.switchboard.events.MessageReceived;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.conversions.Bson;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code contacts} collection: one contact per identity, {@code _id} = workspaceId:inboxId:handle (for email the
 * sender's address, not the thread: one customer writes many email threads), kept up to date by upsert.
 */
@Repository
public class ContactRepository {

    private final MongoCollection<Document> contacts;

    ContactRepository(MongoDatabase database) {
        this.contacts = database.getCollection("contacts");
    }

    /** Records (or refreshes) the sender of {@code message} and answers the contact's id. */
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
        contacts.updateOne(Filters.eq("_id", contactId), Updates.combine(updates), new UpdateOptions().upsert(true));
        return contactId;
    }
}
