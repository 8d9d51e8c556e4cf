package dev.switchboard.conversation.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of the OIDC provider's tokens ({@code switchboard.security.oidc}) name the agent (their id in the
 * directory), their workspace and their role, since every provider spells them its own way.
 */
@ConfigurationProperties("switchboard.security.oidc")
record OidcClaimProperties(@DefaultValue("sub") String agentClaim, @DefaultValue("ws") String workspaceClaim,
        @DefaultValue("role") String roleClaim) {

    AgentClaims claims() {
        return new AgentClaims(agentClaim, workspaceClaim, roleClaim);
    }
}
