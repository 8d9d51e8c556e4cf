package dev.switchboard.notify.delivery.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard around provider calls, built from the same configuration as in the service, with milliseconds. */
class ProviderGuardTest {

    private final ProviderProperties properties = new ProviderProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1), new ProviderProperties.Retry(6, Duration.ofMillis(10), 2.0, 0.5,
                    Duration.ofMillis(40), Duration.ofSeconds(2)),
            new ProviderProperties.Breaker(50, 4, 4, Duration.ofMinutes(1), 1),
            new ProviderProperties.Bulkhead(2, Duration.ofMillis(100)));
    private final ProviderResilience resilience = new ProviderResilience();
    private final CircuitBreakerRegistry breakers = resilience.providerCircuitBreakers(properties);
    private final RateLimiterRegistry limiters = resilience.senderRateLimiters();
    private final ProviderGuards guards = new ProviderGuards(breakers, resilience.providerBulkheads(properties),
            resilience.providerRetries(properties), limiters, properties.rateLimitWait(), Clock.systemUTC());
    private final List<ProviderAttempt> attempts = new ArrayList<>();

    @Test
    void triesATransientFailureAgainUntilTheProviderAccepts() {
        // Given a provider that fails twice, then accepts
        Deque<Object> answers = new ArrayDeque<>(List.of(unavailable(), unavailable(), "SM1"));
        // When
        String id = guards.guard("twilio", "+15005550006", 100).send(() -> answer(answers), attempts::add);
        // Then
        assertThat(id).isEqualTo("SM1");
        assertThat(attempts).extracting(ProviderAttempt::outcome).containsExactly(ProviderAttempt.Outcome.TRANSIENT,
                ProviderAttempt.Outcome.TRANSIENT, ProviderAttempt.Outcome.SENT);
        assertThat(attempts.get(0).status()).isEqualTo(503);
    }

    @Test
    void neverTriesAPermanentRefusalAgainNorCountsItAgainstTheProvider() {
        // Given
        ProviderFailure refused = new ProviderFailure("twilio", ProviderFailure.Kind.PERMANENT, 400, "21211",
                "Invalid 'To' Phone Number", null);
        // When / Then
        assertThatThrownBy(() -> guards.guard("twilio", "+15005550006", 100).send(() -> {
            throw refused;
        }, attempts::add)).isSameAs(refused);
        assertThat(attempts).hasSize(1);
        assertThat(breakers.circuitBreaker("twilio").getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void anOpenCircuitHoldsTriesBackWithoutCallingTheProvider() {
        // Given a provider that keeps failing
        List<String> calls = new ArrayList<>();
        ProviderCall failing = () -> {
            calls.add("call");
            throw unavailable();
        };
        // When
        assertThatThrownBy(() -> guards.guard("meta", "page", 100).send(failing, attempts::add))
                .isInstanceOf(CallNotPermittedException.class);
        // Then four failures opened the breaker (window 4) and the last two tries never reached the provider
        assertThat(calls).hasSize(4);
        assertThat(attempts).extracting(ProviderAttempt::outcome).containsExactly(ProviderAttempt.Outcome.TRANSIENT,
                ProviderAttempt.Outcome.TRANSIENT, ProviderAttempt.Outcome.TRANSIENT,
                ProviderAttempt.Outcome.TRANSIENT, ProviderAttempt.Outcome.HELD_BACK,
                ProviderAttempt.Outcome.HELD_BACK);
        assertThat(breakers.circuitBreaker("meta").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(attempts.get(5).detail()).isEqualTo("circuit breaker open: the provider has been failing");
    }

    @Test
    void pacesEachSenderAtItsOwnRate() {
        // Given / When
        guards.guard("twilio", "+15005550006", 0.5);
        guards.guard("meta", "page-1", 20);
        // Then
        var longCode = limiters.rateLimiter("sender:+15005550006").getRateLimiterConfig();
        assertThat(longCode.getLimitForPeriod()).isEqualTo(1);
        assertThat(longCode.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
        var page = limiters.rateLimiter("sender:page-1").getRateLimiterConfig();
        assertThat(page.getLimitForPeriod()).isEqualTo(20);
        assertThat(page.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
    }

    private static ProviderFailure unavailable() {
        return new ProviderFailure("twilio", ProviderFailure.Kind.TRANSIENT, 503, "20503", "Service unavailable",
                null);
    }

    private static String answer(Deque<Object> answers) {
        Object next = answers.removeFirst();
        if (next instanceof ProviderFailure failure) {
            throw failure;
        }
        return (String) next;
    }
}
