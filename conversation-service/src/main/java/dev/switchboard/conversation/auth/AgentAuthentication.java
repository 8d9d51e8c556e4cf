package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.CurrentAgent;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request authenticated by a trusted token, carrying the agent it speaks for: whichever issuer signed it and however
 * it names its claims, controllers see one {@link CurrentAgent} (and {@code ROLE_<role>} as its authority).
 */
final class AgentAuthentication extends AbstractAuthenticationToken {

    private final CurrentAgent agent;
    private final Jwt token;

    AgentAuthentication(CurrentAgent agent, Jwt token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + agent.role().name())));
        this.agent = agent;
        this.token = token;
        setAuthenticated(true);
    }

    CurrentAgent agent() {
        return agent;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public CurrentAgent getPrincipal() {
        return agent;
    }

    @Override
    public String getName() {
        return agent.agentId();
    }
}
