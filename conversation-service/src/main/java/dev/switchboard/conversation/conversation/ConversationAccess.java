package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Finds a conversation for an agent, within the agent's workspace only: another workspace's conversation answers
 * exactly like an unknown one, so its existence is never revealed.
 */
@Component
public class ConversationAccess {

    private final ConversationRepository conversations;

    ConversationAccess(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    /** The conversation, if it belongs to the agent's workspace; else a 404 problem. */
    public Conversation visibleTo(CurrentAgent agent, String conversationId) {
        return conversations.find(agent.workspaceId(), conversationId).orElseThrow(() -> notFound(conversationId));
    }

    /** The conversation, if the agent handles it (assignee or supervisor), in any status; else a 403 problem. */
    public Conversation handledBy(CurrentAgent agent, String conversationId) {
        Conversation conversation = visibleTo(agent, conversationId);
        if (conversation.permissionFor(agent.agentId(), agent.isSupervisor()) == AgentPermission.NOT_HANDLER) {
            throw notHandler(conversationId);
        }
        return conversation;
    }

    /**
     * The conversation, if the agent held it last (its assignee, or who held it before it went back to waiting) or
     * is a supervisor; else a 403 problem. Reopening asks this, so that a retried reopen still finds it the agent's.
     */
    Conversation lastHandledBy(CurrentAgent agent, String conversationId) {
        Conversation conversation = visibleTo(agent, conversationId);
        if (!agent.isSupervisor() && !agent.agentId().equals(conversation.lastAgent())) {
            throw notHandler(conversationId);
        }
        return conversation;
    }

    private static RuntimeException notHandler(String conversationId) {
        return Problems.of(HttpStatus.FORBIDDEN, "not-conversation-handler", "Not your conversation",
                "Only the assignee or a supervisor may act on conversation " + conversationId + ".");
    }

    static RuntimeException notFound(String conversationId) {
        return Problems.of(HttpStatus.NOT_FOUND, "conversation-not-found", "Conversation not found",
                "No conversation " + conversationId + " in your workspace.");
    }

    /** A 409 problem if the conversation was resolved: it takes no more replies until it is reopened. */
    public static void requireUnresolved(Conversation conversation) {
        if (!conversation.holdsThread()) {
            throw Problems.of(HttpStatus.CONFLICT, "conversation-resolved", "Conversation resolved",
                    "Conversation " + conversation.id() + " is resolved; reopen it first.");
        }
    }

    /** A 409 problem unless the conversation is open (neither resolved nor snoozed). */
    public static void requireOpen(Conversation conversation) {
        requireUnresolved(conversation);
        if (!conversation.isOpen()) {
            throw Problems.of(HttpStatus.CONFLICT, "conversation-snoozed", "Conversation snoozed",
                    "Conversation " + conversation.id() + " is snoozed until " + conversation.state().snoozedUntil()
                            + "; reopen it first.");
        }
    }
}
