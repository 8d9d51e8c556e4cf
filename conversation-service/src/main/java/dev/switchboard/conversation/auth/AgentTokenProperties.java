package dev.switchboard.conversation.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The HS256 secret shared with notify-service to sign and verify agent tokens; from the environment only
 * ({@code SWITCHBOARD_SECURITY_AGENT_TOKEN_SECRET}), at least 256 bits.
 */
@Validated
@ConfigurationProperties("switchboard.security")
record AgentTokenProperties(@NotBlank @Size(min = 32) String agentTokenSecret) {

    @Override
    public String toString() {
        return "AgentTokenProperties[agentTokenSecret=<redacted>]";
    }
}
