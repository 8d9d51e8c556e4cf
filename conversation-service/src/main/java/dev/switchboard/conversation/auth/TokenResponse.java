package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.AgentRole;

/** A bearer access token and who it speaks for. */
record TokenResponse(String accessToken, String tokenType, long expiresIn, AgentSummary agent) {

    /** The signed-in agent as the UI shows them. */
    record AgentSummary(String id, String workspaceId, AgentRole role, String displayName) {
    }
}
