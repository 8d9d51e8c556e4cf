package dev.switchboard.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.ingest.inbox.MetaAccount;
import dev.switchboard.ingest.web.ProblemType;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class MetaHandshakeTest {

    private static final MetaAccount META = Objects.requireNonNull(MetaSamples.messengerInbox().meta());
    private static final String TOKEN = MetaSamples.VERIFY_TOKEN;

    @Test
    void subscribeWithTheVerifyTokenEchoesTheChallengeExactly() {
        // Given / When / Then the challenge comes back byte for byte, whatever it holds
        assertThat(MetaHandshake.challenge(META, "subscribe", TOKEN, "1158201444")).isEqualTo("1158201444");
        assertThat(MetaHandshake.challenge(META, "subscribe", TOKEN, " a b\u00e9 ")).isEqualTo(" a b\u00e9 ");
    }

    @Test
    void anotherVerifyTokenIsForbidden() {
        // Given tokens that are wrong, a prefix of the right one, or the right one with more after it
        for (String token : new String[] {"guess", TOKEN.substring(0, TOKEN.length() - 1), TOKEN + "x",
                TOKEN.toUpperCase()}) {
            // When / Then each is a 403 verification-failed problem
            assertThatThrownBy(() -> MetaHandshake.challenge(META, "subscribe", token, "1"))
                    .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                        assertThat(e.getStatusCode().value()).isEqualTo(403);
                        assertThat(e.getBody().getType()).isEqualTo(ProblemType.VERIFICATION_FAILED.type());
                        assertThat(e.getBody().getDetail()).contains("hub.verify_token").doesNotContain(TOKEN);
                    });
        }
    }

    @Test
    void missingParametersOrAnotherModeAreInvalidNamingTheParameter() {
        // Given / When / Then
        assertInvalid(null, TOKEN, "1", "hub.mode");
        assertInvalid("subscribe", null, "1", "hub.verify_token");
        assertInvalid("subscribe", TOKEN, null, "hub.challenge");
        assertInvalid("subscribe", TOKEN, "", "hub.challenge");
        assertInvalid("unsubscribe", TOKEN, "1", "hub.mode");
    }

    @Test
    void secretsAreComparedByContentOnly() {
        // Given / When / Then
        assertThat(MetaHandshake.sameSecret("abc", "abc")).isTrue();
        assertThat(MetaHandshake.sameSecret("abc", "abd")).isFalse();
        assertThat(MetaHandshake.sameSecret("abc", "abcd")).isFalse();
        assertThat(MetaHandshake.sameSecret("", "abc")).isFalse();
    }

    private static void assertInvalid(String mode, String token, String challenge, String parameter) {
        assertThatThrownBy(() -> MetaHandshake.challenge(META, mode, token, challenge))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getType().toString()).endsWith("/invalid-request");
                    assertThat(e.getBody().getDetail()).contains("'" + parameter + "'");
                });
    }
}
