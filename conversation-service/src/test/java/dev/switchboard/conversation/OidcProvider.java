package dev.switchboard.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An OIDC provider as conversation-service meets one: WireMock (loopback) serves its discovery document and its JWKS,
 * holding an RS256 key made for this run, and the provider signs real tokens with it.
 */
final class OidcProvider {

    private static final String KEY_ID = "test-signing-key";

    private final WireMockServer server;
    private final RSAKey key;

    private OidcProvider(WireMockServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static OidcProvider start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        OidcProvider provider = new OidcProvider(server, newKey());
        String issuer = provider.issuer();
        server.stubFor(get("/realms/acme/.well-known/openid-configuration").willReturn(okJson("""
                {"issuer": "%s", "jwks_uri": "%s/protocol/openid-connect/certs",
                 "authorization_endpoint": "%s/protocol/openid-connect/auth",
                 "token_endpoint": "%s/protocol/openid-connect/token",
                 "id_token_signing_alg_values_supported": ["RS256"], "subject_types_supported": ["public"],
                 "response_types_supported": ["code"]}""".formatted(issuer, issuer, issuer, issuer))));
        server.stubFor(get("/realms/acme/protocol/openid-connect/certs")
                .willReturn(okJson(new JWKSet(provider.key.toPublicJWK()).toString())));
        return provider;
    }

    String issuer() {
        return "http://127.0.0.1:" + server.port() + "/realms/acme";
    }

    /** A token of this provider with {@code claims}, valid for {@code validFor} from now (negative: expired). */
    String token(Map<String, Object> claims, Duration validFor) {
        return sign(key, issuer(), claims, validFor);
    }

    /** The same, claiming to be from {@code issuer}. */
    String tokenAs(String issuer, Map<String, Object> claims) {
        return sign(key, issuer, claims, Duration.ofMinutes(5));
    }

    /** A token naming this provider and its key id, but signed with another key. */
    String forged(Map<String, Object> claims) {
        return sign(newKey(), issuer(), claims, Duration.ofMinutes(5));
    }

    private static String sign(RSAKey signingKey, String issuer, Map<String, Object> claims, Duration validFor) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(issuer).issuedAt(now.minusSeconds(600))
                .expiresAt(now.plus(validFor));
        claims.forEach(set::claim);
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY_ID).build(),
                set.build())).getTokenValue();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
