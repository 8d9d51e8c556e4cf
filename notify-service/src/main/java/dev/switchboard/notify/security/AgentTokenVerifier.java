package dev.switchboard.notify.security;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Checks the access tokens conversation-service issues, so an agent's socket only ever hears its own workspace. */
@Component
public class AgentTokenVerifier {

    static final String ISSUER = "switchboard";

    private final SharedSecretJwt jwt;

    AgentTokenVerifier(AgentTokenProperties properties) {
        this.jwt = new SharedSecretJwt(properties.agentTokenSecret(), ISSUER, List.of("sub", "ws", "role"));
    }

    public Optional<AgentIdentity> verify(@Nullable String token) {
        return jwt.verify(token).map(AgentTokenVerifier::identityOf);
    }

    private static AgentIdentity identityOf(Jwt token) {
        return new AgentIdentity(token.getClaimAsString("ws"), token.getSubject(), token.getClaimAsString("role"));
    }
}
