package dev.switchboard.conversation.agent;

/** What an agent may do: supervisors act on every conversation of their workspace and see the whole floor. */
public enum AgentRole {
    AGENT, SUPERVISOR
}
