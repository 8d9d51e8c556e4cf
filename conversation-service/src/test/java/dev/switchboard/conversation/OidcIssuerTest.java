package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.SharedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The default (production) profile trusts the configured OIDC provider only, reading its tokens by the configured
 * claim names: real RS256 tokens, verified against the provider's discovery document and JWKS. The local issuer and
 * its shared secret do not exist here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "switchboard.security.oidc.agent-claim=preferred_username",
    "switchboard.security.oidc.workspace-claim=tenant",
    "switchboard.security.oidc.role-claim=roles"})
class OidcIssuerTest {

    static final OidcProvider PROVIDER = OidcProvider.start();
    private static final String SETTINGS = "/api/v1/workspace/settings";

    @LocalServerPort
    int port;

    AgentApi api;

    @DynamicPropertySource
    static void infrastructureAndProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongoUri() + "/switchboard");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
    }

    @BeforeEach
    void connect() {
        api = new AgentApi(port);
    }

    @Test
    void theProvidersTokensSpeakForTheAgentWorkspaceAndRoleTheyName() {
        // Given the provider's tokens for an admin (roles as a list, lower case, among others) and an agent of acme
        String admin = PROVIDER.token(claims("olivia", List.of("offline_access", "admin")), Duration.ofMinutes(5));
        String agent = PROVIDER.token(claims("otto", "agent"), Duration.ofMinutes(5));

        // When each reads acme's settings, and the agent lists conversations
        AgentApi.Response admins = api.get(SETTINGS, admin);
        AgentApi.Response agents = api.get(SETTINGS, agent);
        AgentApi.Response list = api.get("/api/v1/conversations", agent);

        // Then the admin reads acme's settings, the agent may not, but may list their conversations
        assertThat(admins.status()).isEqualTo(200);
        assertThat(admins.text("workspaceId")).isEqualTo("acme");
        assertThat(agents.status()).isEqualTo(403);
        assertThat(agents.text("type")).isEqualTo("https://switchboard.dev/problems/admin-only");
        assertThat(list.status()).isEqualTo(200);
    }

    @Test
    void forgedExpiredForeignAndIncompleteTokensAreRefused() {
        // Given tokens signed by another key, expired, from another issuer, and without a workspace
        Map<String, Object> admin = claims("olivia", "admin");
        List<String> refused = List.of(PROVIDER.forged(admin), PROVIDER.token(admin, Duration.ofMinutes(-5)),
                PROVIDER.tokenAs("http://127.0.0.1:9/realms/other", admin),
                PROVIDER.token(Map.of("preferred_username", "olivia", "roles", "admin"), Duration.ofMinutes(5)));

        // When / Then each is a 401 problem
        for (String token : refused) {
            AgentApi.Response response = api.get(SETTINGS, token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text("type")).isEqualTo("https://switchboard.dev/problems/unauthenticated");
        }
    }

    @Test
    void theLocalIssuerAndItsSharedSecretAreAbsent() {
        // Given an HS256 token signed with the local stack's secret, as the local issuer would make it
        NimbusJwtEncoder local = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(
                "local-only-agent-token-secret-change-me-0123456789".getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .algorithm(MacAlgorithm.HS256).build();
        String token = local.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                JwtClaimsSet.builder().issuer("switchboard").subject("ada").claim("ws", "demo").claim("role", "ADMIN")
                        .expiresAt(Instant.now().plusSeconds(300)).build())).getTokenValue();

        // When it is used, and a demo agent tries to sign in
        AgentApi.Response withLocalToken = api.get(SETTINGS, token);
        AgentApi.Response signIn = api.signIn("ada", "ada-local-pw");

        // Then the token is refused and there is no sign-in endpoint
        assertThat(withLocalToken.status()).isEqualTo(401);
        assertThat(signIn.status()).isEqualTo(404);
    }

    private static Map<String, Object> claims(String agent, Object roles) {
        return Map.of("preferred_username", agent, "tenant", "acme", "roles", roles);
    }
}
