package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Page;
import dev.switchboard.conversation.web.Patterns;
import dev.switchboard.conversation.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The agents' view of conversations: their queue (a supervisor's whole floor), one conversation, its life cycle. */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationController {

    private final ConversationSearch search;
    private final ConversationAccess access;
    private final ResolveConversation resolution;
    private final ReopenConversation reopening;
    private final SnoozeConversation snoozing;
    private final TriageConversation triage;

    ConversationController(ConversationSearch search, ConversationAccess access, ResolveConversation resolution,
            ReopenConversation reopening, SnoozeConversation snoozing, TriageConversation triage) {
        this.search = search;
        this.access = access;
        this.resolution = resolution;
        this.reopening = reopening;
        this.snoozing = snoozing;
        this.triage = triage;
    }

    /**
     * Most urgent first, then longest waiting; {@code next} is the cursor of the following page. The filters are
     * query parameters, each described on its own in the API's description ({@code @ParameterObject}).
     */
    @GetMapping
    Page<ConversationView> list(CurrentAgent agent, @Valid @ModelAttribute @ParameterObject ConversationQuery query) {
        Page<Conversation> page = search.page(agent, query);
        return new Page<>(page.items().stream().map(ConversationView::of).toList(), page.next());
    }

    @GetMapping("/{id}")
    ConversationView one(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id) {
        return ConversationView.of(access.visibleTo(agent, id));
    }

    @PostMapping("/{id}/resolve")
    ConversationView resolve(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id) {
        return ConversationView.of(resolution.resolve(agent, id));
    }

    @PostMapping("/{id}/reopen")
    ConversationView reopen(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id) {
        return ConversationView.of(reopening.reopen(agent, id));
    }

    @PostMapping("/{id}/snooze")
    ConversationView snooze(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id,
            @Valid @RequestBody Snooze body) {
        return ConversationView.of(snoozing.snooze(agent, id, body.until()));
    }

    @PatchMapping("/{id}")
    ConversationView update(CurrentAgent agent, @PathVariable @Pattern(regexp = Patterns.NAME) String id,
            @Valid @RequestBody TriageRequest body) {
        if (body.isEmpty()) {
            throw Problems.invalidField("priority", "give at least one of priority, team, labels");
        }
        return ConversationView.of(triage.triage(agent, id, body));
    }

    /** Until when (ISO-8601, in the future) the conversation sleeps, unless the customer writes first. */
    record Snooze(@NotNull Instant until) {
    }
}
