package dev.switchboard.notify.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/** One HS256 token family (secret, issuer, claims it must carry), so both socket kinds check tokens the same strict way. */
final class SharedSecretJwt {

    private static final Logger log = LoggerFactory.getLogger(SharedSecretJwt.class);

    private final NimbusJwtDecoder decoder;

    SharedSecretJwt(String secret, String issuer, List<String> requiredClaims) {
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
        requiredClaims.forEach(claim -> validators.add(
                new JwtClaimValidator<Object>(claim, value -> value instanceof String text && !text.isBlank())));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    }

    /** The verified token, or empty when it is missing, forged, expired, from another issuer or lacks a claim. */
    Optional<Jwt> verify(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decoder.decode(token));
        } catch (JwtException e) {
            log.debug("token refused: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
