package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.Agent;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues the agent access tokens that this service and notify-service verify (claims per the shared contract). */
@Component
class AgentTokens {

    static final String WORKSPACE_CLAIM = "ws";
    static final String ROLE_CLAIM = "role";
    /** The agent's teams at sign-in: notify-service shows them their teams' waiting conversations live. */
    static final String TEAMS_CLAIM = "teams";

    private final JwtEncoder encoder;
    private final AuthProperties properties;
    private final Clock clock;

    AgentTokens(JwtEncoder encoder, AuthProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    TokenResponse issue(Agent agent) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(SecurityConfiguration.ISSUER)
                .subject(agent.id())
                .claim(WORKSPACE_CLAIM, agent.workspaceId())
                .claim(ROLE_CLAIM, agent.role().name())
                .claim(TEAMS_CLAIM, agent.teams())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenTtl()))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenResponse(token, "Bearer", properties.tokenTtl().toSeconds(),
                new TokenResponse.AgentSummary(agent.id(), agent.workspaceId(), agent.role(), agent.displayName()));
    }
}
