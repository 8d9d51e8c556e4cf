package dev.switchboard.notify.deadletter;

import dev.switchboard.notify.security.AgentIdentity;
import dev.switchboard.notify.security.AgentTokenVerifier;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Lets supervisors and admins in (the dead-letter and webhook APIs), with the access token conversation-service issues
 * ({@code Authorization: Bearer}), and tells everyone else why not: 401 without a valid token, 403 for an agent's.
 */
@Component
public class AdminAccess {

    private static final Set<String> ROLES = Set.of("SUPERVISOR", "ADMIN");
    private static final String BEARER = "Bearer ";

    private final AgentTokenVerifier tokens;

    AdminAccess(AgentTokenVerifier tokens) {
        this.tokens = tokens;
    }

    /** The supervisor or admin the request's token proves; their workspace bounds everything they see or do. */
    public AgentIdentity require(@Nullable String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : null;
        AgentIdentity agent = tokens.verify(token).orElseThrow(AdminAccess::unauthorized);
        if (!ROLES.contains(agent.role())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Only supervisors and admins may do this; this token's role is " + agent.role() + ".");
        }
        return agent;
    }

    private static ErrorResponseException unauthorized() {
        ErrorResponseException problem = Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                "A valid, unexpired agent access token is required: Authorization: Bearer <token>.");
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem;
    }
}
