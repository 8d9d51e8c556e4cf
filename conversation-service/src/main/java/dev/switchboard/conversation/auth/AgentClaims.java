package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.conversation.agent.CurrentAgent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the agent a verified token speaks for, by the claim names of its issuer. A token that names no agent, no
 * workspace, no known role or no expiry is refused (401) whoever signed it, so nothing downstream sees a partial one.
 */
record AgentClaims(String agentClaim, String workspaceClaim, String roleClaim)
        implements Converter<Jwt, AgentAuthentication> {

    /** Switchboard's own tokens, as the shared contract names their claims. */
    static final AgentClaims SWITCHBOARD = new AgentClaims("sub", "ws", "role");

    private static final Set<String> ROLES = Arrays.stream(AgentRole.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public AgentAuthentication convert(Jwt jwt) {
        String agentId = jwt.getClaimAsString(agentClaim);
        String workspaceId = jwt.getClaimAsString(workspaceClaim);
        Optional<AgentRole> role = roleIn(jwt.getClaim(roleClaim));
        if (isBlank(agentId) || isBlank(workspaceId) || role.isEmpty() || jwt.getExpiresAt() == null) {
            throw new InvalidBearerTokenException("The token must name an agent (" + agentClaim + "), a workspace ("
                    + workspaceClaim + "), a role (" + roleClaim + ") and an expiry.");
        }
        return new AgentAuthentication(new CurrentAgent(agentId, workspaceId, role.get()), jwt);
    }

    /** A role claim is one name or a list of names, in any case; the most powerful known one counts. */
    static Optional<AgentRole> roleIn(@Nullable Object claim) {
        Collection<?> names = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        return names.stream().map(name -> String.valueOf(name).toUpperCase(Locale.ROOT)).filter(ROLES::contains)
                .map(AgentRole::valueOf).max(Comparator.naturalOrder());
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
