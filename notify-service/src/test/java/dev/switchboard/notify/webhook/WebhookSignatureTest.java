package dev.switchboard.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our signatures against the Standard Webhooks specification's published example and its reference library. */
class WebhookSignatureTest {

    /** The example the Standard Webhooks libraries test themselves against (libraries/java WebhookTest). */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final String SPEC_PAYLOAD = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheSpecificationsExampleAsPublished() {
        // Given the published secret, id, timestamp and payload
        // When
        String signature = WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_PAYLOAD);

        // Then
        assertThat(signature).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void theReferenceLibraryVerifiesWhatWeSignWithAGeneratedSecret() throws Exception {
        // Given a generated secret and a payload signed now
        String secret = WebhookSignature.generateSecret();
        long now = System.currentTimeMillis() / 1000;
        String payload = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"text\":\"Olá — ok\"}}";

        // When
        String signature = WebhookSignature.sign(secret, "e1", now, payload);

        // Then the stock library accepts it, and refuses it for another body
        Map<String, List<String>> headers = Map.of("webhook-id", List.of("e1"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(signature));
        new Webhook(secret).verify(payload, headers);
        assertThatThrownBy(() -> new Webhook(secret).verify(payload + " ", headers))
                .hasMessageContaining("No matching signature");
    }

    @Test
    void generatesDistinctWellFormedSecretsOfThirtyTwoRandomBytes() {
        // Given / When
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            secrets.add(WebhookSignature.generateSecret());
        }

        // Then
        assertThat(secrets).hasSize(50).allSatisfy(secret -> {
            assertThat(secret).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
            assertThat(WebhookSignature.isWellFormed(secret)).isTrue();
        });
    }

    @Test
    void acceptsOnlyWhsecSecretsOfTwentyFourToSixtyFourBytes() {
        // Given
        String bytes24 = Base64.getEncoder().encodeToString(new byte[24]);
        String bytes23 = Base64.getEncoder().encodeToString(new byte[23]);
        String bytes64 = Base64.getEncoder().encodeToString(new byte[64]);
        String bytes65 = Base64.getEncoder().encodeToString(new byte[65]);

        // When / Then
        assertThat(WebhookSignature.isWellFormed(SPEC_SECRET)).isTrue();
        assertThat(WebhookSignature.isWellFormed("whsec_" + bytes24)).isTrue();
        assertThat(WebhookSignature.isWellFormed("whsec_" + bytes64)).isTrue();
        assertThat(WebhookSignature.isWellFormed("whsec_" + bytes23)).isFalse();
        assertThat(WebhookSignature.isWellFormed("whsec_" + bytes65)).isFalse();
        assertThat(WebhookSignature.isWellFormed(bytes24)).isFalse();
        assertThat(WebhookSignature.isWellFormed("whsec_not base64 at all!!")).isFalse();
        assertThat(WebhookSignature.isWellFormed("whsk_" + bytes24)).isFalse();
    }
}
