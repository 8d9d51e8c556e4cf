package dev.switchboard.ingest.email;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The relay's HTTP Basic credentials: the inbox id and that inbox's relay secret, nothing else. */
class RelayCredentialsTest {

    private static final String INBOX = "demo-email";
    private static final String SECRET = "local-only-email-relay-secret-demo";

    @Test
    void inboxIdAndItsSecretMatch() {
        // Given the relay's Authorization header, as curl -u sends it, and with a lower-case scheme
        String header = basic(INBOX + ":" + SECRET);

        // When it is checked
        // Then it matches
        assertThat(RelayCredentials.match(header, INBOX, SECRET)).isTrue();
        assertThat(RelayCredentials.match("basic " + header.substring(6), INBOX, SECRET)).isTrue();
    }

    @Test
    void aSecretContainingColonsIsReadWhole() {
        // Given a secret with colons (only the first colon separates user and password)
        String secret = "s3cret:with:colons";

        // When it is checked
        // Then it matches
        assertThat(RelayCredentials.match(basic(INBOX + ":" + secret), INBOX, secret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-email:wrong-secret", "other-inbox:local-only-email-relay-secret-demo",
            "demo-email:local-only-email-relay-secret-demo-and-more", "demo-email:",
            ":local-only-email-relay-secret-demo",
            "demo-email", "DEMO-EMAIL:local-only-email-relay-secret-demo"})
    void anyOtherPairDoesNotMatch(String pair) {
        // Given credentials that are not exactly this inbox's
        String header = basic(pair);

        // When it is checked
        // Then it does not match
        assertThat(RelayCredentials.match(header, INBOX, SECRET)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer abc", "Basic", "Basic !!!not-base64!!!", "Digest username=\"demo-email\""})
    void missingOrNonBasicHeadersDoNotMatch(String header) {
        // Given an Authorization header that is absent, empty, another scheme or not Base64
        // When it is checked
        // Then it does not match
        assertThat(RelayCredentials.match(header, INBOX, SECRET)).isFalse();
    }

    static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8));
    }
}
