package dev.switchboard.conversation.contact;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationRepository;
import dev.switchboard.conversation.conversation.EventIds;
import dev.switchboard.conversation.messaging.OutboxRelay;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.ContactMerged;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A supervisor merges two contacts of one customer. Without multi-document transactions, the steps are each
 * idempotent and ordered so that a crash at any point is finished by repeating the request: mark the merged contact
 * (from then on its identity leads to the survivor), give the survivor its identities with {@code contact.merged}
 * (once, conditionally), move its conversations, relay.
 */
@Service
class ContactMerge {

    private static final Logger log = LoggerFactory.getLogger(ContactMerge.class);
    static final int MAX_CONVERSATIONS = 200;

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final OutboxRelay relay;
    private final Clock clock;

    ContactMerge(ContactRepository contacts, ConversationRepository conversations, OutboxRelay relay, Clock clock) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.relay = relay;
        this.clock = clock;
    }

    Contact merge(CurrentAgent supervisor, String intoId, String fromId) {
        if (!supervisor.isSupervisor()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "supervisor-only", "Supervisors only",
                    "Only a supervisor may merge contacts.");
        }
        if (intoId.equals(fromId)) {
            throw Problems.invalidField("from", "must be another contact");
        }
        Contact into = standing(find(supervisor, intoId));
        Contact from = find(supervisor, fromId);
        if (from.mergedInto() != null && !from.mergedInto().equals(intoId)) {
            standing(from);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        contacts.markMerged(fromId, intoId, at);
        contacts.absorb(intoId, from, new ContactMerged(EventIds.derived(fromId + ">" + intoId, "contact-merged"), at,
                into.workspaceId(), intoId, fromId, conversations.ofContacts(into.workspaceId(), from.allIds(),
                        MAX_CONVERSATIONS).stream().map(Conversation::id).toList(), supervisor.agentId()));
        from.allIds().forEach(merged -> conversations.moveToContact(into.workspaceId(), merged, intoId));
        relay.flush(OutboxRelay.CONTACTS, intoId);
        log.info("Supervisor {} merged contact {} into {}", supervisor.agentId(), fromId, intoId);
        return find(supervisor, intoId);
    }

    private Contact find(CurrentAgent agent, String id) {
        return contacts.find(agent.workspaceId(), id).orElseThrow(() -> ContactController.notFound(id));
    }

    /** The contact, unless it was merged into another: then a 409 naming that one. */
    private static Contact standing(Contact contact) {
        if (contact.mergedInto() != null) {
            throw Problems.of(HttpStatus.CONFLICT, "contact-merged", "Contact merged",
                    "Contact " + contact.id() + " was merged into " + contact.mergedInto() + "; use that one.");
        }
        return contact;
    }
}
