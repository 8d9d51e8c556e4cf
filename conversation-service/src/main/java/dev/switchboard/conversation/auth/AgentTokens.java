package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.Agent;
import java.time.Clock;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * The local stack's built-in issuer: signs the agent tokens that this service, notify-service and routing-service
 * verify with the shared secret (claims per the shared contract). Exists in the {@code local} profile only.
 */
@Component
@Profile("local")
class AgentTokens {

    private final JwtEncoder encoder;
    private final AuthProperties properties;
    private final Clock clock;

    AgentTokens(AgentTokenProperties secret, AuthProperties properties, Clock clock) {
        SecretKey key = secret.key().orElseThrow(() -> new IllegalStateException(
                "the local issuer signs with switchboard.security.agent-token-secret, which is not set"));
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
        this.properties = properties;
        this.clock = clock;
    }

    TokenResponse issue(Agent agent) {
        Instant now = clock.instant();
        AgentClaims names = AgentClaims.SWITCHBOARD;
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(TrustedIssuers.SWITCHBOARD)
                .subject(agent.id())
                .claim(names.workspaceClaim(), agent.workspaceId())
                .claim(names.roleClaim(), agent.role().name())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenTtl()))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenResponse(token, "Bearer", properties.tokenTtl().toSeconds(),
                new TokenResponse.AgentSummary(agent.id(), agent.workspaceId(), agent.role(), agent.displayName()));
    }
}
