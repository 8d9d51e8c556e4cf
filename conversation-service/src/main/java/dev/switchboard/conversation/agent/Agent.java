package dev.switchboard.conversation.agent;

import dev.switchboard.events.Presence;

/**
 * A person answering customers in one workspace, with the number of conversations they can hold at once.
 *
 * @param passwordHash BCrypt hash of the sign-in password; never leaves this service
 */
public record Agent(String id, String workspaceId, String displayName, AgentRole role, int capacity,
        String passwordHash, Presence status) {
}
