package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.contact.ContactRepository;
import dev.switchboard.conversation.message.Message;
import dev.switchboard.conversation.message.MessageRepository;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Threads a customer's message into its conversation and answers the events to publish.
 *
 * <p>Crash safety: Mongo writes come first and Kafka publishing after, with no transaction spanning both. If the
 * service dies in between, Kafka redelivers the record; this class then finds the message already stored (its
 * {@code _id} is the messageId) and answers the same derived events again, with the same deterministic eventIds
 * ({@link EventIds}). Nothing is lost, and downstream consumers drop the repeat by {@code ce_id}. A crash after the
 * thread was claimed but before the conversation was written is healed the same way: the redelivered message finds
 * the claim and writes the conversation it names, as opened by that message.
 */
@Service
public class InboundThreading {

    private static final Logger log = LoggerFactory.getLogger(InboundThreading.class);
    private static final int CLAIM_ATTEMPTS = 3;

    private final ContactRepository contacts;
    private final OpenThreads threads;
    private final ConversationRepository conversations;
    private final MessageRepository messages;

    InboundThreading(ContactRepository contacts, OpenThreads threads, ConversationRepository conversations,
            MessageRepository messages) {
        this.contacts = contacts;
        this.threads = threads;
        this.conversations = conversations;
        this.messages = messages;
    }

    /** Stores {@code received} once and answers the events it yields (the same ones again on a redelivery). */
    public List<SwitchboardEvent> record(MessageReceived received) {
        Optional<Message> stored = messages.find(received.messageId());
        if (stored.isPresent()) {
            return replay(stored.get());
        }
        String contactId = contacts.upsert(received);
        Conversation conversation = openConversationFor(received, contactId);
        Message message = Message.inbound(received, conversation.id(), contactId);
        if (!messages.insert(message)) {
            return replay(messages.find(message.id()).orElseThrow());
        }
        conversations.touch(conversation.id(), message.createdAt());
        log.info("Message {} appended to conversation {} (opened now: {})", message.id(), conversation.id(),
                conversation.wasOpenedBy(message.id()));
        return events(conversation, message);
    }

    private Conversation openConversationFor(MessageReceived received, String contactId) {
        Instant at = received.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
            String claimed = threads.claim(received.threadKey(), UUID.randomUUID().toString(), at);
            Conversation conversation = conversations.insertIfAbsent(
                    Conversation.openedBy(claimed, received, contactId, at));
            if (conversation.isOpen()) {
                return conversation;
            }
            threads.release(received.threadKey(), claimed);
        }
        throw new IllegalStateException("thread of message " + received.messageId() + " kept resolving; retrying");
    }

    private List<SwitchboardEvent> replay(Message stored) {
        Conversation conversation = conversations.findById(stored.conversationId()).orElseThrow();
        log.info("Message {} was already stored in conversation {}: publishing its events again", stored.id(),
                conversation.id());
        return events(conversation, stored);
    }

    /** The message's events; an opening one that needs an agent prefers the agent of the customer's last one. */
    private List<SwitchboardEvent> events(Conversation conversation, Message message) {
        Conversation previous = conversation.wasOpenedBy(message.id()) && conversation.awaitsAgent()
                ? conversations.lastAssignedBefore(conversation).orElse(null)
                : null;
        return InboundEvents.of(conversation, message, previous);
    }
}
