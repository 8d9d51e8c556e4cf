package dev.switchboard.routing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Agent tokens as conversation-service issues them, signed with the test secret, for calling the floor view. */
final class AgentTokens {

    static final String SECRET = "test-only-agent-token-secret-0123456789abcdef";

    private AgentTokens() {
    }

    static String supervisor(String workspaceId) {
        return issue("sam", workspaceId, "SUPERVISOR", SECRET);
    }

    static String agent(String workspaceId) {
        return issue("alice", workspaceId, "AGENT", SECRET);
    }

    static String issue(String agentId, String workspaceId, String role, String secret) {
        var encoder = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256")).algorithm(MacAlgorithm.HS256).build();
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("switchboard").subject(agentId)
                .claim("ws", workspaceId).claim("role", role).issuedAt(now).expiresAt(now.plusSeconds(3600))
                .build();
        return "Bearer " + encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims)).getTokenValue();
    }
}
