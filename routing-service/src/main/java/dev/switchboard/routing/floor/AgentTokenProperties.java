package dev.switchboard.routing.floor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HS256 secret conversation-service signs agent tokens with, to verify supervisors' tokens here; from the
 * environment only ({@code SWITCHBOARD_SECURITY_AGENT_TOKEN_SECRET}), at least 256 bits.
 */
@ConfigurationProperties("switchboard.security")
record AgentTokenProperties(String agentTokenSecret) {

    AgentTokenProperties {
        if (agentTokenSecret == null || agentTokenSecret.length() < 32) {
            throw new IllegalArgumentException("switchboard.security.agent-token-secret must be at least 32 bytes");
        }
        if (agentTokenSecret.startsWith("${")) {
            throw new IllegalArgumentException("switchboard.security.agent-token-secret is an unresolved placeholder:"
                    + " set SWITCHBOARD_SECURITY_AGENT_TOKEN_SECRET");
        }
    }

    @Override
    public String toString() {
        return "AgentTokenProperties[agentTokenSecret=(hidden)]";
    }
}
