package dev.switchboard.notify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only a genuine, current agent token opens an agent socket. */
class AgentTokenVerifierTest {

    private final AgentTokenVerifier verifier = new AgentTokenVerifier(
            new AgentTokenProperties(TestTokens.AGENT_SECRET));

    @Test
    void acceptsATokenSignedWithTheSecretAndReadsTheAgent() {
        // Given
        String token = TestTokens.agent("demo", "alice");
        // When
        var agent = verifier.verify(token);
        // Then
        assertThat(agent).contains(new AgentIdentity("demo", "alice", "AGENT"));
    }

    @Test
    void readsTheTeamsAndTheWholeWorkspaceRoles() {
        // Given
        String agent = TestTokens.agent("demo", "alice", List.of("billing", "fiber"));
        String supervisor = TestTokens.supervisor("demo", "sam");
        String oddTeams = TestTokens.mint(TestTokens.AGENT_SECRET, "switchboard", "bob",
                Map.of("ws", "demo", "role", "AGENT", "teams", Map.of("not", "a list")),
                Instant.now().plus(Duration.ofHours(1)));
        // When / Then
        assertThat(verifier.verify(agent)).hasValueSatisfying(identity -> {
            assertThat(identity.teams()).containsExactly("billing", "fiber");
            assertThat(identity.seesWholeWorkspace()).isFalse();
        });
        assertThat(verifier.verify(supervisor)).hasValueSatisfying(identity -> {
            assertThat(identity.teams()).isEmpty();
            assertThat(identity.seesWholeWorkspace()).isTrue();
        });
        assertThat(verifier.verify(oddTeams)).hasValueSatisfying(identity -> assertThat(identity.teams()).isEmpty());
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        // Given
        String token = TestTokens.mint("another-secret-of-at-least-thirty-two-bytes!", "switchboard", "alice",
                Map.of("ws", "demo", "role", "AGENT"), Instant.now().plus(Duration.ofHours(1)));
        // When / Then
        assertThat(verifier.verify(token)).isEmpty();
    }

    @Test
    void refusesAnExpiredToken() {
        // Given: expired beyond the one-minute clock skew allowance
        String token = TestTokens.mint(TestTokens.AGENT_SECRET, "switchboard", "alice",
                Map.of("ws", "demo", "role", "AGENT"), Instant.now().minus(Duration.ofMinutes(5)));
        // When / Then
        assertThat(verifier.verify(token)).isEmpty();
    }

    @Test
    void refusesATokenOfAnotherIssuerOrWithoutWorkspace() {
        // Given
        String otherIssuer = TestTokens.mint(TestTokens.AGENT_SECRET, "switchboard-webchat", "alice",
                Map.of("ws", "demo", "role", "AGENT"), Instant.now().plus(Duration.ofHours(1)));
        String noWorkspace = TestTokens.mint(TestTokens.AGENT_SECRET, "switchboard", "alice",
                Map.of("role", "AGENT"), Instant.now().plus(Duration.ofHours(1)));
        // When / Then
        assertThat(verifier.verify(otherIssuer)).isEmpty();
        assertThat(verifier.verify(noWorkspace)).isEmpty();
    }

    @Test
    void refusesMissingOrMalformedTokens() {
        // Given / When / Then
        assertThat(verifier.verify(null)).isEmpty();
        assertThat(verifier.verify(" ")).isEmpty();
        assertThat(verifier.verify("not.a.jwt")).isEmpty();
    }
}
