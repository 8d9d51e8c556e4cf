package dev.switchboard.conversation.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;

/**
 * The token issuers this API trusts, each verified its own way and read with its own claim names, picked by the
 * token's {@code iss}: Switchboard's shared-secret tokens (issuer {@code switchboard}, HS256) only when
 * {@code switchboard.security.agent-token-secret} is set, and an OIDC provider's when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is (verified by Boot's decoder for it: discovery, JWKS,
 * audiences). Any other issuer is refused; with none configured the service does not start.
 */
@Component
class TrustedIssuers {

    /** The {@code iss} of the tokens signed with the shared secret (the local issuer's, and notify's and routing's). */
    static final String SWITCHBOARD = "switchboard";

    private static final Logger log = LoggerFactory.getLogger(TrustedIssuers.class);

    private final Map<String, AuthenticationManager> managers;

    TrustedIssuers(AgentTokenProperties sharedSecret, OAuth2ResourceServerProperties resourceServer,
            OidcClaimProperties oidcClaims, ObjectProvider<JwtDecoder> oidcDecoder) {
        Map<String, AuthenticationManager> trusted = new HashMap<>();
        sharedSecret.key().ifPresent(key -> trusted.put(SWITCHBOARD,
                manager(sharedSecretDecoder(key), AgentClaims.SWITCHBOARD)));
        String issuerUri = resourceServer.getJwt().getIssuerUri();
        if (issuerUri != null && !issuerUri.isBlank()) {
            trusted.put(issuerUri, manager(oidcDecoder.getObject(), oidcClaims.claims()));
        }
        if (trusted.isEmpty()) {
            throw new IllegalStateException("No token issuer to trust: set SWITCHBOARD_SECURITY_AGENT_TOKEN_SECRET "
                    + "or spring.security.oauth2.resourceserver.jwt.issuer-uri");
        }
        this.managers = Map.copyOf(trusted);
        log.info("Trusting agent tokens of issuers {}", managers.keySet());
    }

    /** Picks the issuer's verification by the token's (not yet verified) {@code iss}; unknown issuers answer 401. */
    AuthenticationManagerResolver<HttpServletRequest> resolver() {
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    private static JwtDecoder sharedSecretDecoder(SecretKey key) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(SWITCHBOARD));
        return decoder;
    }

    private static AuthenticationManager manager(JwtDecoder decoder, AgentClaims claims) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(claims);
        return new ProviderManager(provider);
    }
}
