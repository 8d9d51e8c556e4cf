package dev.switchboard.conversation.conversation;

/** What an agent may do with a conversation right now, decided by {@link Conversation#permissionFor}. */
public enum AgentPermission {
    /** The agent handles it (assignee, or a supervisor) and it is open. */
    ALLOWED,
    /** Someone else handles it and the agent is no supervisor. */
    NOT_HANDLER,
    /** The agent may handle it, but it is already resolved. */
    RESOLVED
}
