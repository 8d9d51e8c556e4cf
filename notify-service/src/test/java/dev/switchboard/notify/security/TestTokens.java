package dev.switchboard.notify.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Mints tokens the way conversation-service and ingest-service do, with the local secrets, for tests. */
public final class TestTokens {

    public static final String AGENT_SECRET = "local-only-agent-token-secret-change-me-0123456789";
    public static final String VISITOR_SECRET = "local-only-visitor-token-secret-change-me-0123456789";

    private TestTokens() {
    }

    public static String agent(String workspaceId, String agentId) {
        return mint(AGENT_SECRET, "switchboard", agentId, Map.of("ws", workspaceId, "role", "AGENT"),
                Instant.now().plus(Duration.ofHours(12)));
    }

    /** An agent's token carrying the teams they belong to, as conversation-service issues it. */
    public static String agent(String workspaceId, String agentId, List<String> teams) {
        return mint(AGENT_SECRET, "switchboard", agentId, Map.of("ws", workspaceId, "role", "AGENT", "teams", teams),
                Instant.now().plus(Duration.ofHours(12)));
    }

    public static String supervisor(String workspaceId, String agentId) {
        return mint(AGENT_SECRET, "switchboard", agentId, Map.of("ws", workspaceId, "role", "SUPERVISOR"),
                Instant.now().plus(Duration.ofHours(12)));
    }

    public static String visitor(String workspaceId, String inboxId, String visitorId) {
        return mint(VISITOR_SECRET, "switchboard-webchat", visitorId, Map.of("ws", workspaceId, "inbox", inboxId),
                Instant.now().plus(Duration.ofHours(24)));
    }

    public static String mint(String secret, String issuer, String subject, Map<String, Object> claims,
            Instant expiresAt) {
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        JwtClaimsSet.Builder claimSet = JwtClaimsSet.builder().issuer(issuer).subject(subject)
                .issuedAt(expiresAt.minus(Duration.ofHours(1))).expiresAt(expiresAt);
        claims.forEach(claimSet::claim);
        var parameters = JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claimSet.build());
        return NimbusJwtEncoder.withSecretKey(key).build().encode(parameters).getTokenValue();
    }
}
