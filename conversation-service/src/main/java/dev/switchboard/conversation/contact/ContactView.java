package dev.switchboard.conversation.contact;

import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contact as agents see it: how to reach the customer on each channel, and their conversations across all of them,
 * latest activity first.
 */
record ContactView(String id, @Nullable String displayName, List<Contact.Identity> identities,
        List<String> mergedContactIds, List<PastConversation> conversations, Instant createdAt, Instant lastSeenAt) {

    static ContactView of(Contact contact, List<Conversation> conversations) {
        return new ContactView(contact.id(), contact.displayName(), contact.identities(), contact.mergedContactIds(),
                conversations.stream().map(PastConversation::of).toList(), contact.createdAt(), contact.lastSeenAt());
    }

    /** One of the customer's conversations, enough to list it and open it. */
    record PastConversation(String id, ConversationStatus status, Channel channel, String inboxId,
            @Nullable String assigneeId, Instant lastActivityAt) {

        static PastConversation of(Conversation c) {
            return new PastConversation(c.id(), c.status(), c.channel(), c.inboxId(), c.assigneeId(),
                    c.lastMessageAt());
        }
    }
}
