package dev.switchboard.notify.delivery.provider;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * Hands out guards: one circuit breaker, bulkhead and retry policy per provider (an outage is the provider's, whatever
 * inbox meets it) and one rate limiter per sender (a number, a page, a mailbox: providers meter each sender).
 */
public final class ProviderGuards {

    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final RetryRegistry retries;
    private final RateLimiterRegistry limiters;
    private final Duration rateLimitWait;
    private final Clock clock;

    ProviderGuards(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, RetryRegistry retries,
            RateLimiterRegistry limiters, Duration rateLimitWait, Clock clock) {
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.retries = retries;
        this.limiters = limiters;
        this.rateLimitWait = rateLimitWait;
        this.clock = clock;
    }

    /** The guard for {@code sender}'s requests to {@code provider}, allowed {@code messagesPerSecond} (e.g. 0.5). */
    public ProviderGuard guard(String provider, String sender, double messagesPerSecond) {
        return new ProviderGuard(retries.retry(provider), breakers.circuitBreaker(provider),
                limiters.rateLimiter("sender:" + sender, rate(messagesPerSecond)), bulkheads.bulkhead(provider),
                clock);
    }

    /** At or above one a second: that many permits each second; below: one permit every 1/rate seconds. */
    private RateLimiterConfig rate(double messagesPerSecond) {
        if (!(messagesPerSecond > 0)) {
            throw new IllegalArgumentException("messages-per-second must be positive, was " + messagesPerSecond);
        }
        boolean perSecond = messagesPerSecond >= 1;
        return RateLimiterConfig.custom()
                .limitForPeriod(perSecond ? (int) Math.round(messagesPerSecond) : 1)
                .limitRefreshPeriod(perSecond ? Duration.ofSeconds(1)
                        : Duration.ofMillis(Math.round(1000 / messagesPerSecond)))
                .timeoutDuration(rateLimitWait)
                .build();
    }
}
