package dev.switchboard.ingest.webchat;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Issues and verifies visitor tokens (HS256 JWTs: {@code iss}, {@code sub}=visitorId, {@code ws}, {@code inbox},
 * {@code exp}, optional {@code name}); notify-service verifies the same tokens with the same secret, so the claim
 * names are a contract.
 */
@Component
class VisitorTokens {

    static final String ISSUER = "switchboard-webchat";

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration ttl;
    private final Clock clock;

    VisitorTokens(WebchatProperties properties, Clock clock) {
        byte[] keyBytes = properties.visitorTokenSecret().getBytes(UTF_8);
        if (keyBytes.length < 32) {
            throw new IllegalArgumentException("the visitor token secret must be at least 32 bytes for HS256");
        }
        SecretKeySpec key = new SecretKeySpec(keyBytes, "HmacSHA256");
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        this.ttl = properties.visitorTokenTtl();
        this.clock = clock;
    }

    VisitorSession issue(Inbox inbox, String visitorId, @Nullable String name) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).subject(visitorId)
                .claim("ws", inbox.workspaceId()).claim("inbox", inbox.id())
                .issuedAt(now).expiresAt(now.plus(ttl));
        if (name != null) {
            claims.claim("name", name);
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        Jwt jwt = encoder.encode(JwtEncoderParameters.from(header, claims.build()));
        return new VisitorSession(visitorId, jwt.getTokenValue(), Objects.requireNonNull(jwt.getExpiresAt()));
    }

    /** The token's claims if it is genuine, current and issued for {@code inbox}; else a 401 or 403 problem. */
    VisitorClaims verify(@Nullable String token, Inbox inbox) {
        VisitorClaims claims = decode(token);
        if (!claims.inboxId().equals(inbox.id()) || !claims.workspaceId().equals(inbox.workspaceId())) {
            throw ProblemType.VISITOR_TOKEN_MISMATCH.exception("the visitor token was issued for another inbox");
        }
        return claims;
    }

    private VisitorClaims decode(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw unauthorized("a visitor token is required (Authorization: Bearer <token>)");
        }
        try {
            Jwt jwt = decoder.decode(token);
            String subject = jwt.getSubject();
            String workspace = jwt.getClaimAsString("ws");
            String inbox = jwt.getClaimAsString("inbox");
            if (subject == null || workspace == null || inbox == null) {
                throw unauthorized("the visitor token lacks the sub, ws or inbox claim");
            }
            return new VisitorClaims(subject, workspace, inbox, jwt.getClaimAsString("name"));
        } catch (JwtException e) {
            throw unauthorized("the visitor token is invalid or expired");
        }
    }

    private static ErrorResponseException unauthorized(String detail) {
        ErrorResponseException problem = ProblemType.INVALID_VISITOR_TOKEN.exception(detail);
        problem.getHeaders().set("WWW-Authenticate", "Bearer");
        return problem;
    }
}
