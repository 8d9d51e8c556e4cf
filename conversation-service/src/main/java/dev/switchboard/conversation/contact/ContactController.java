package dev.switchboard.conversation.contact;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.ConversationRepository;
import dev.switchboard.conversation.web.Patterns;
import dev.switchboard.conversation.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts for agents: one customer's identities and conversations across channels; merging two contacts
 * (supervisors). A merged contact answers {@code 308} pointing at the contact it was merged into.
 */
@RestController
@RequestMapping("/api/v1/contacts/{id}")
class ContactController {

    static final int PAST_CONVERSATIONS = 50;

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final ContactMerge merges;

    ContactController(ContactRepository contacts, ConversationRepository conversations, ContactMerge merges) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.merges = merges;
    }

    @GetMapping
    ResponseEntity<?> one(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.CONTACT_ID) String id) {
        Contact contact = contacts.find(agent.workspaceId(), id).orElseThrow(() -> notFound(id));
        if (contact.mergedInto() != null) {
            ProblemDetail moved = Problems.detail(HttpStatus.PERMANENT_REDIRECT, "contact-merged", "Contact merged",
                    "Contact " + id + " was merged into " + contact.mergedInto() + ".");
            moved.setProperty("mergedInto", contact.mergedInto());
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                    .location(URI.create("/api/v1/contacts/" + contact.mergedInto())).body(moved);
        }
        return ResponseEntity.ok(view(agent, contact));
    }

    @PostMapping("/merge")
    ContactView merge(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.CONTACT_ID) String id,
            @Valid @RequestBody Merge body) {
        return view(agent, merges.merge(agent, id, body.from()));
    }

    private ContactView view(CurrentAgent agent, Contact contact) {
        return ContactView.of(contact, conversations.ofContacts(agent.workspaceId(), contact.allIds(),
                PAST_CONVERSATIONS));
    }

    static RuntimeException notFound(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "contact-not-found", "Contact not found",
                "No contact " + id + " in your workspace.");
    }

    /** The contact to merge into this one; it is marked merged and its identities and conversations move here. */
    record Merge(@NotNull @Pattern(regexp = Patterns.CONTACT_ID) String from) {
    }
}
