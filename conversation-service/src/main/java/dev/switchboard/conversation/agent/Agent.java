package dev.switchboard.conversation.agent;

import dev.switchboard.events.Presence;
import java.util.List;

/**
 * A person answering customers in one workspace, with the number of conversations they can hold at once.
 *
 * @param passwordHash BCrypt hash of the sign-in password; never leaves this service
 * @param teams the teams of their routing profile, whose waiting conversations they see
 */
public record Agent(String id, String workspaceId, String displayName, AgentRole role, int capacity,
        String passwordHash, Presence status, List<String> teams) {

    public Agent {
        teams = List.copyOf(teams);
    }

    /** An agent in no team yet. */
    public Agent(String id, String workspaceId, String displayName, AgentRole role, int capacity, String passwordHash,
            Presence status) {
        this(id, workspaceId, displayName, role, capacity, passwordHash, status, List.of());
    }
}
