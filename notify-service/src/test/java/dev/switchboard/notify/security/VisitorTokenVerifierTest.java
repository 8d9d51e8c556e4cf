package dev.switchboard.notify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only a genuine, current visitor token, for this very inbox, opens a widget socket. */
class VisitorTokenVerifierTest {

    private final VisitorTokenVerifier verifier = new VisitorTokenVerifier(
            new VisitorTokenProperties(TestTokens.VISITOR_SECRET));

    @Test
    void acceptsATokenForItsOwnInbox() {
        // Given
        String token = TestTokens.visitor("demo", "demo-webchat", "visitor-7");
        // When
        var visitor = verifier.verify(token, "demo-webchat");
        // Then
        assertThat(visitor).contains(new VisitorIdentity("demo", "demo-webchat", "visitor-7"));
    }

    @Test
    void refusesATokenIssuedForAnotherInbox() {
        // Given
        String token = TestTokens.visitor("demo", "demo-webchat", "visitor-7");
        // When / Then
        assertThat(verifier.verify(token, "other-webchat")).isEmpty();
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        // Given: an agent token, signed with the agent secret and issued by conversation-service
        String agentToken = TestTokens.agent("demo", "alice");
        String forged = TestTokens.mint(TestTokens.AGENT_SECRET, "switchboard-webchat", "visitor-7",
                Map.of("ws", "demo", "inbox", "demo-webchat"), Instant.now().plus(Duration.ofHours(1)));
        // When / Then
        assertThat(verifier.verify(agentToken, "demo-webchat")).isEmpty();
        assertThat(verifier.verify(forged, "demo-webchat")).isEmpty();
    }

    @Test
    void refusesAnExpiredToken() {
        // Given
        String token = TestTokens.mint(TestTokens.VISITOR_SECRET, "switchboard-webchat", "visitor-7",
                Map.of("ws", "demo", "inbox", "demo-webchat"), Instant.now().minus(Duration.ofMinutes(5)));
        // When / Then
        assertThat(verifier.verify(token, "demo-webchat")).isEmpty();
    }
}
