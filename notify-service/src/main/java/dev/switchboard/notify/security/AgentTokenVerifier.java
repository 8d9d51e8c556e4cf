package dev.switchboard.notify.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Checks the access tokens conversation-service issues, so an agent's socket only ever hears its own workspace. */
@Component
public class AgentTokenVerifier {

    static final String ISSUER = "switchboard";
    /** Optional: the agent's teams, which decide the waiting conversations they see live. */
    static final String TEAMS = "teams";

    private final SharedSecretJwt jwt;

    AgentTokenVerifier(AgentTokenProperties properties) {
        this.jwt = new SharedSecretJwt(properties.agentTokenSecret(), ISSUER, List.of("sub", "ws", "role"));
    }

    public Optional<AgentIdentity> verify(@Nullable String token) {
        return jwt.verify(token).map(AgentTokenVerifier::identityOf);
    }

    private static AgentIdentity identityOf(Jwt token) {
        return new AgentIdentity(token.getClaimAsString("ws"), token.getSubject(), token.getClaimAsString("role"),
                teamsOf(token));
    }

    /** A token without teams (or with a claim that is not a list of names) grants no team's queue. */
    private static List<String> teamsOf(Jwt token) {
        if (token.getClaims().get(TEAMS) instanceof Collection<?> teams
                && teams.stream().allMatch(String.class::isInstance)) {
            return teams.stream().map(String.class::cast).toList();
        }
        return List.of();
    }
}
