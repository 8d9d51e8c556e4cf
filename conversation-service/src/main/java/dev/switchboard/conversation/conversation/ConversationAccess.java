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
        return conversations.find(agent.workspaceId(), conversationId)
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "conversation-not-found",
                        "Conversation not found", "No conversation " + conversationId + " in your workspace."));
    }

    /** The conversation, if the agent handles it (assignee or supervisor), open or resolved; else a 403 problem. */
    public Conversation handledBy(CurrentAgent agent, String conversationId) {
        Conversation conversation = visibleTo(agent, conversationId);
        if (conversation.permissionFor(agent.agentId(), agent.isSupervisor()) == AgentPermission.NOT_HANDLER) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-conversation-handler", "Not your conversation",
                    "Only the assignee or a supervisor may act on conversation " + conversationId + ".");
        }
        return conversation;
    }

    /** A 409 problem unless the conversation still takes messages. */
    public static void requireOpen(Conversation conversation) {
        if (!conversation.isOpen()) {
            throw Problems.of(HttpStatus.CONFLICT, "conversation-resolved", "Conversation resolved",
                    "Conversation " + conversation.id() + " is resolved and takes no more replies.");
        }
    }
}
