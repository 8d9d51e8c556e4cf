package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.contact.ContactRepository;
import dev.switchboard.conversation.message.Message;
import dev.switchboard.conversation.message.MessageRepository;
import dev.switchboard.conversation.messaging.OutboxRelay;
import dev.switchboard.conversation.workspace.WorkspaceSettingsStore;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.StatusCause;
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
 * Threads a customer's message into its conversation, storing it once with the events it causes (its outbox).
 *
 * <p>Crash safety: the message and its events are one document, inserted once ({@code _id} = messageId). Whatever
 * follows (noting the conversation's activity, relaying the outbox, waking a snoozed conversation) is idempotent and
 * runs again when Kafka redelivers the record after a crash; events not yet relayed wait for the outbox sweep. A
 * crash after the thread was claimed but before the conversation was written heals the same way: the redelivered
 * message finds the claim and writes the conversation it names, as opened by that message.
 *
 * <p>A message on a thread whose latest conversation was resolved less than the workspace's reopen window before the
 * message was accepted reopens that conversation instead ({@link ReopenConversation#resume}), before the message is
 * stored: a redelivery finds it open and holding the thread, so it is reopened once and the message appended once.
 */
@Service
public class InboundThreading {

    private static final Logger log = LoggerFactory.getLogger(InboundThreading.class);
    private static final int CLAIM_ATTEMPTS = 3;

    private final ContactRepository contacts;
    private final OpenThreads threads;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final OutboxRelay relay;
    private final ReopenConversation reopening;
    private final WorkspaceSettingsStore workspaces;

    InboundThreading(ContactRepository contacts, OpenThreads threads, ConversationRepository conversations,
            MessageRepository messages, OutboxRelay relay, ReopenConversation reopening,
            WorkspaceSettingsStore workspaces) {
        this.contacts = contacts;
        this.threads = threads;
        this.conversations = conversations;
        this.messages = messages;
        this.relay = relay;
        this.reopening = reopening;
        this.workspaces = workspaces;
    }

    /** Stores {@code received} once; answers the events stored with it now (none for a redelivery). */
    public List<SwitchboardEvent> record(MessageReceived received) {
        Optional<Message> stored = messages.find(received.messageId());
        if (stored.isPresent()) {
            log.info("Message {} was already stored in conversation {}", received.messageId(),
                    stored.get().conversationId());
            settle(stored.get());
            return List.of();
        }
        String contactId = contacts.upsert(received);
        Conversation conversation = openConversationFor(received, contactId);
        Message message = Message.inbound(received, conversation.id(), contactId);
        List<SwitchboardEvent> events = events(conversation, message);
        boolean inserted = messages.insert(message, events);
        settle(message);
        log.info("Message {} appended to conversation {} (opened now: {})", message.id(), conversation.id(),
                conversation.wasOpenedBy(message.id()));
        return inserted ? events : List.of();
    }

    /**
     * What follows storing the message, safe to repeat: activity, the wake of a snoozed conversation, relay. The wake
     * comes first so that whoever hears the message in-process (the closed-hours auto-reply) finds the conversation
     * as the message left it: waiting for an agent again.
     */
    private void settle(Message message) {
        conversations.touch(message.conversationId(), message.createdAt());
        conversations.findById(message.conversationId())
                .filter(conversation -> conversation.status() == ConversationStatus.SNOOZED)
                .ifPresent(snoozed -> reopening.wake(snoozed.workspaceId(), snoozed.id(),
                        StatusCause.CUSTOMER_MESSAGE));
        relay.flush(OutboxRelay.MESSAGES, message.id());
    }

    private Conversation openConversationFor(MessageReceived received, String contactId) {
        Instant at = received.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
            Optional<Conversation> reopened = resolvedWithinWindow(received).flatMap(reopening::resume);
            if (reopened.isPresent()) {
                return reopened.get();
            }
            String claimed = threads.claim(received.threadKey(), UUID.randomUUID().toString(), at);
            Conversation conversation = conversations.insertIfAbsent(
                    Conversation.openedBy(claimed, received, contactId, at));
            if (conversation.holdsThread()) {
                return conversation;
            }
            threads.release(received.threadKey(), claimed);
        }
        throw new IllegalStateException("thread of message " + received.messageId() + " kept resolving; retrying");
    }

    /** The thread's latest conversation, if it was resolved less than the workspace's reopen window before. */
    private Optional<Conversation> resolvedWithinWindow(MessageReceived received) {
        return conversations.latestOnThread(received.threadKey())
                .filter(latest -> latest.status() == ConversationStatus.RESOLVED)
                .filter(resolved -> received.occurredAt().isBefore(resolved.updatedAt()
                        .plus(workspaces.find(received.workspaceId()).reopenWindow())));
    }

    /** The message's events; an opening one that needs an agent prefers the agent of the customer's last one. */
    private List<SwitchboardEvent> events(Conversation conversation, Message message) {
        Conversation previous = conversation.wasOpenedBy(message.id()) && conversation.awaitsAgent()
                ? conversations.lastAssignedBefore(conversation).orElse(null)
                : null;
        return InboundEvents.of(conversation, message, previous);
    }
}
