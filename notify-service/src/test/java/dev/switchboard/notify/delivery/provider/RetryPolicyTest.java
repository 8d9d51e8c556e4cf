package dev.switchboard.notify.delivery.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which failures are tried again, and after how long. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(IntervalFunction.of(Duration.ofMillis(100)),
            Duration.ofSeconds(60));

    @Test
    void retriesWhatMayPassNextTimeButNotARefusal() {
        // Given / When / Then
        assertThat(policy.retryable(failure(ProviderFailure.Kind.TRANSIENT, null))).isTrue();
        assertThat(policy.retryable(failure(ProviderFailure.Kind.THROTTLED, Duration.ofSeconds(30)))).isTrue();
        assertThat(policy.retryable(RequestNotPermitted.createRequestNotPermitted(
                RateLimiter.of("sender", RateLimiterConfig.ofDefaults())))).isTrue();
        assertThat(policy.retryable(failure(ProviderFailure.Kind.PERMANENT, null))).isFalse();
        assertThat(policy.retryable(new IllegalStateException("the delivery log is down"))).isFalse();
    }

    @Test
    void waitsAtLeastAsLongAsTheProviderAsksButParksWhenItAsksTooMuch() {
        // Given
        ProviderFailure throttled = failure(ProviderFailure.Kind.THROTTLED, Duration.ofSeconds(7));
        ProviderFailure tooLong = failure(ProviderFailure.Kind.THROTTLED, Duration.ofMinutes(5));
        // When / Then
        assertThat(policy.waitMillis(1, Either.left(throttled))).isEqualTo(7_000);
        assertThat(policy.waitMillis(1, Either.left(failure(ProviderFailure.Kind.TRANSIENT, null)))).isEqualTo(100);
        assertThat(policy.retryable(tooLong)).isFalse();
    }

    @Test
    void onlyTheProvidersOwnFaultsMoveItsBreaker() {
        // Given / When / Then
        assertThat(RetryPolicy.providerFault(failure(ProviderFailure.Kind.TRANSIENT, null))).isTrue();
        assertThat(RetryPolicy.providerFault(failure(ProviderFailure.Kind.THROTTLED, null))).isFalse();
        assertThat(RetryPolicy.providerFault(failure(ProviderFailure.Kind.PERMANENT, null))).isFalse();
    }

    private static ProviderFailure failure(ProviderFailure.Kind kind, Duration retryAfter) {
        return new ProviderFailure("twilio", kind, 429, null, "slow down", retryAfter);
    }
}
