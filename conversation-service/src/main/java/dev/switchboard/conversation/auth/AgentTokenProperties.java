package dev.switchboard.conversation.auth;

import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The HS256 secret shared with notify-service and routing-service that signs Switchboard's own agent tokens (issuer
 * {@code switchboard}); from the environment only ({@code SWITCHBOARD_SECURITY_AGENT_TOKEN_SECRET}), at least 256
 * bits. Unset or blank, no such token is accepted: only the OIDC provider's, if one is configured. A placeholder left
 * unresolved is refused, since Spring would otherwise bind its text, a publicly known value, as the secret.
 */
@Validated
@ConfigurationProperties("switchboard.security")
record AgentTokenProperties(@Nullable @Size(min = 32) String agentTokenSecret) {

    AgentTokenProperties {
        if (agentTokenSecret != null && agentTokenSecret.contains("${")) {
            throw new IllegalArgumentException("switchboard.security.agent-token-secret is an unresolved placeholder;"
                    + " set SWITCHBOARD_SECURITY_AGENT_TOKEN_SECRET or leave the property out");
        }
        agentTokenSecret = agentTokenSecret == null || agentTokenSecret.isBlank() ? null : agentTokenSecret;
    }

    /** The signing key, if a secret is configured. */
    Optional<SecretKey> key() {
        return Optional.ofNullable(agentTokenSecret)
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    @Override
    public String toString() {
        return "AgentTokenProperties[agentTokenSecret=<redacted>]";
    }
}
