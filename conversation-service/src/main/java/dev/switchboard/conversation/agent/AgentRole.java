package dev.switchboard.conversation.agent;

/**
 * What an agent may do: agents handle their own conversations; supervisors act on every conversation of their
 * workspace, see the whole floor and set agents' routing profiles; admins can do all a supervisor can, and also
 * change the workspace's settings (business hours, auto-replies).
 */
public enum AgentRole {
    AGENT, SUPERVISOR, ADMIN
}
