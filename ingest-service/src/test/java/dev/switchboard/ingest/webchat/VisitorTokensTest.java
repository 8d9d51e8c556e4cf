package dev.switchboard.ingest.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.inbox.Inbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class VisitorTokensTest {

    private static final String SECRET = "test-visitor-token-secret-0123456789-abcdef";
    private static final Inbox WEBCHAT = new Inbox("site-chat", "acme", Channel.WEBCHAT, List.of());
    private static final Inbox OTHER_WEBCHAT = new Inbox("other-chat", "acme", Channel.WEBCHAT, List.of());

    private final VisitorTokens tokens = tokens(SECRET, Clock.systemUTC());

    @Test
    void issuedTokenVerifiesToTheVisitorAndInbox() {
        // Given a token issued to a named visitor
        VisitorSession session = tokens.issue(WEBCHAT, "visitor-1", "Ada");

        // When it is verified for the same inbox
        VisitorClaims claims = tokens.verify(session.token(), WEBCHAT);

        // Then it vouches for that visitor, inbox and workspace, and expires in 24 hours
        assertThat(claims).isEqualTo(new VisitorClaims("visitor-1", "acme", "site-chat", "Ada"));
        assertThat(session.visitorId()).isEqualTo("visitor-1");
        assertThat(session.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(23)),
                Instant.now().plus(Duration.ofHours(25)));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        // Given a token issued 25 hours ago
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofHours(25)), ZoneOffset.UTC);
        String token = tokens(SECRET, yesterday).issue(WEBCHAT, "visitor-1", null).token();

        // When / Then verifying it now is a 401
        assertStatus(() -> tokens.verify(token, WEBCHAT), 401);
    }

    @Test
    void tokenSignedWithAnotherSecretIsUnauthorized() {
        // Given a token signed with a different secret
        String token = tokens("another-secret-that-is-long-enough-0123456789", Clock.systemUTC())
                .issue(WEBCHAT, "visitor-1", null).token();

        // When / Then it is a 401
        assertStatus(() -> tokens.verify(token, WEBCHAT), 401);
    }

    @Test
    void tokenForAnotherInboxIsForbidden() {
        // Given a genuine token of another inbox
        String token = tokens.issue(OTHER_WEBCHAT, "visitor-1", null).token();

        // When / Then using it on this inbox is a 403
        assertStatus(() -> tokens.verify(token, WEBCHAT), 403);
    }

    @Test
    void missingOrGarbageTokenIsUnauthorized() {
        // Given no token, and a token that is not a JWT
        // When / Then both are a 401
        assertStatus(() -> tokens.verify(null, WEBCHAT), 401);
        assertStatus(() -> tokens.verify("not-a-jwt", WEBCHAT), 401);
    }

    @Test
    void claimsRefuseAnotherVisitor() {
        // Given the claims of visitor-1
        VisitorClaims claims = tokens.verify(tokens.issue(WEBCHAT, "visitor-1", null).token(), WEBCHAT);

        // When / Then a message claiming to be from visitor-2 is a 403
        assertStatus(() -> claims.requireVisitor("visitor-2"), 403);
    }

    @Test
    void shortSecretIsRejectedAtStartup() {
        // Given / When / Then a secret too short for HS256 cannot build the token service
        assertThatThrownBy(() -> tokens("too-short", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    private static VisitorTokens tokens(String secret, Clock clock) {
        return new VisitorTokens(new WebchatProperties(secret, null), clock);
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(status));
    }
}
