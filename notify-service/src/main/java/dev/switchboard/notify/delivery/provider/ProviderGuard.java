package dev.switchboard.notify.delivery.provider;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The resilience around one sender's requests, in Resilience4j's order: retry outermost, then the provider's circuit
 * breaker (an open one spends no rate-limit permit), the sender's rate limiter, and the provider's bulkhead around the
 * request itself. Every try, including those held back, is reported to the observer before the next one starts.
 */
public final class ProviderGuard {

    private final Retry retry;
    private final CircuitBreaker breaker;
    private final RateLimiter limiter;
    private final Bulkhead bulkhead;
    private final Clock clock;

    ProviderGuard(Retry retry, CircuitBreaker breaker, RateLimiter limiter, Bulkhead bulkhead, Clock clock) {
        this.retry = retry;
        this.breaker = breaker;
        this.limiter = limiter;
        this.bulkhead = bulkhead;
        this.clock = clock;
    }

    /**
     * Sends with retries.
     *
     * @return the provider's message id
     * @throws RuntimeException the last try's failure: a {@link ProviderFailure}, or the guard's own refusal
     */
    public String send(ProviderCall call, AttemptObserver observer) {
        Supplier<String> guarded = Bulkhead.decorateSupplier(bulkhead, call::send);
        guarded = RateLimiter.decorateSupplier(limiter, guarded);
        guarded = CircuitBreaker.decorateSupplier(breaker, guarded);
        return Retry.decorateSupplier(retry, observed(guarded, observer)).get();
    }

    /** How many tries {@link #send} makes at most. */
    public int maxAttempts() {
        return retry.getRetryConfig().getMaxAttempts();
    }

    private Supplier<String> observed(Supplier<String> attempt, AttemptObserver observer) {
        return () -> {
            Instant start = clock.instant();
            long started = System.nanoTime();
            try {
                String id = attempt.get();
                observer.attempted(ProviderAttempt.sent(start, Duration.ofNanos(System.nanoTime() - started)));
                return id;
            } catch (RuntimeException e) {
                observer.attempted(ProviderAttempt.failed(start, Duration.ofNanos(System.nanoTime() - started), e));
                throw e;
            }
        };
    }
}
