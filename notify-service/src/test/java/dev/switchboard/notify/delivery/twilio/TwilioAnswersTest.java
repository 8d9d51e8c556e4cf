package dev.switchboard.notify.delivery.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.notify.delivery.provider.ProviderFailure;
import dev.switchboard.notify.delivery.provider.ProviderResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Twilio's answers read as message ids or classified failures. */
class TwilioAnswersTest {

    @Test
    void readsTheSidOfAnAcceptedMessage() {
        // Given / When / Then
        assertThat(TwilioAnswers.messageSid(new ProviderResponse(201, "{\"sid\":\"SM123\",\"status\":\"queued\"}",
                null))).isEqualTo("SM123");
    }

    @Test
    void classifiesTwiliosErrorsByCodeAndStatus() {
        // Given / When
        ProviderFailure invalidNumber = failure(400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\","
                + "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}", null);
        ProviderFailure throttled = failure(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}",
                Duration.ofSeconds(3));
        ProviderFailure down = failure(502, "<html>Bad Gateway</html>", null);
        ProviderFailure badCredentials = failure(401, "{\"code\":20003,\"message\":\"Authenticate\"}", null);
        // Then
        assertThat(invalidNumber.kind()).isEqualTo(ProviderFailure.Kind.PERMANENT);
        assertThat(invalidNumber.reason()).isEqualTo("twilio error 21211 (status 400): Invalid 'To' Phone Number");
        assertThat(throttled.kind()).isEqualTo(ProviderFailure.Kind.THROTTLED);
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(down.kind()).isEqualTo(ProviderFailure.Kind.TRANSIENT);
        assertThat(down.reason()).isEqualTo("twilio (status 502): HTTP 502");
        assertThat(badCredentials.kind()).isEqualTo(ProviderFailure.Kind.PERMANENT);
    }

    @Test
    void treatsAnAcceptanceWithoutSidAsAFailureToRetry() {
        // Given / When / Then
        assertThat(failure(201, "{}", null).kind()).isEqualTo(ProviderFailure.Kind.TRANSIENT);
    }

    private static ProviderFailure failure(int status, String body, Duration retryAfter) {
        return catchThrowableOfType(ProviderFailure.class,
                () -> TwilioAnswers.messageSid(new ProviderResponse(status, body, retryAfter)));
    }
}
