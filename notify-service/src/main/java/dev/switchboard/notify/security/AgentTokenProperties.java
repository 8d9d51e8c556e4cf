package dev.switchboard.notify.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret conversation-service signs agent tokens with; only from the environment, so it has no default.
 *
 * @param agentTokenSecret at least 32 bytes, as HS256 requires
 */
@Validated
@ConfigurationProperties("switchboard.security")
record AgentTokenProperties(@NotBlank @Size(min = 32) String agentTokenSecret) {
}
