package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Problems;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agents' view of conversations: their own queue (a supervisor's whole floor), one conversation, resolving it. */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationController {

    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final ResolveConversation resolution;

    ConversationController(ConversationRepository conversations, ConversationAccess access,
            ResolveConversation resolution) {
        this.conversations = conversations;
        this.access = access;
        this.resolution = resolution;
    }

    /** Agents see the open conversations assigned to them; supervisors see all, or one agent's with {@code assignee}. */
    @GetMapping
    List<ConversationView> open(CurrentAgent agent, @RequestParam(required = false) @Nullable String assignee) {
        if (!agent.isSupervisor() && assignee != null && !assignee.equals(agent.agentId())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "supervisor-only", "Supervisors only",
                    "Only a supervisor may list another agent's conversations.");
        }
        String filter = agent.isSupervisor() ? assignee : agent.agentId();
        return conversations.openInWorkspace(agent.workspaceId(), filter).stream().map(ConversationView::of).toList();
    }

    @GetMapping("/{id}")
    ConversationView one(CurrentAgent agent, @PathVariable String id) {
        return ConversationView.of(access.visibleTo(agent, id));
    }

    @PostMapping("/{id}/resolve")
    ConversationView resolve(CurrentAgent agent, @PathVariable String id) {
        return ConversationView.of(resolution.resolve(agent, id));
    }
}
