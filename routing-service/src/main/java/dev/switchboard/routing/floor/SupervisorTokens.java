package dev.switchboard.routing.floor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/** Verifies the agent tokens conversation-service issues (HS256, issuer {@code switchboard}, workspace and role). */
@Component
class SupervisorTokens {

    private static final Logger log = LoggerFactory.getLogger(SupervisorTokens.class);
    private static final String BEARER = "Bearer ";

    private final NimbusJwtDecoder decoder;

    SupervisorTokens(AgentTokenProperties properties) {
        var key = new SecretKeySpec(properties.agentTokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        Set<String> roles = Set.of("AGENT", "SUPERVISOR", "ADMIN");
        List<OAuth2TokenValidator<Jwt>> validators = List.of(JwtValidators.createDefaultWithIssuer("switchboard"),
                new JwtClaimValidator<@Nullable Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<@Nullable Object>("ws", ws -> ws instanceof String text && !text.isBlank()),
                new JwtClaimValidator<@Nullable Object>("role", role -> role instanceof String text
                        && roles.contains(text)));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    }

    /** Who is asking, from an {@code Authorization: Bearer} header; a 401 problem if missing, forged or expired. */
    Caller verify(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw FloorProblems.unauthenticated();
        }
        try {
            Jwt jwt = decoder.decode(authorization.substring(BEARER.length()).trim());
            return new Caller(jwt.getSubject(), jwt.getClaimAsString("ws"),
                    Set.of("SUPERVISOR", "ADMIN").contains(jwt.getClaimAsString("role")));
        } catch (JwtException e) {
            log.debug("token refused: {}", e.getMessage());
            throw FloorProblems.unauthenticated();
        }
    }

    /** A verified agent. */
    record Caller(String agentId, String workspaceId, boolean supervisor) {
    }
}
