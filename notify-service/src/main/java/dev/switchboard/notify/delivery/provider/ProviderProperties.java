package dev.switchboard.notify.delivery.provider;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How patient notify is with providers. The worst case for one request, {@code maxAttempts} x ({@code rateLimitWait}
 * + {@code bulkheadWait} + {@code connectTimeout} + {@code answerTimeout}) plus the backoffs, has to stay well under
 * the consumer's {@code max.poll.interval.ms}; one try plus one wait, under the claim lease (docs/notify.md).
 *
 * @param connectTimeout the longest a TCP (or TLS) connection to a provider may take
 * @param answerTimeout the longest a provider may take to answer one request
 * @param rateLimitWait the longest a request waits for its sender's rate-limit permit before the try counts as failed
 */
@ConfigurationProperties("switchboard.notify.providers")
public record ProviderProperties(@DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration answerTimeout, @DefaultValue("5s") Duration rateLimitWait,
        @DefaultValue Retry retry, @DefaultValue Breaker circuitBreaker, @DefaultValue Bulkhead bulkhead) {

    /**
     * Exponential backoff with jitter between tries, stretched to a provider's {@code Retry-After}.
     *
     * @param maxAttempts tries per request, the first included
     * @param randomization jitter: each wait is drawn from backoff x [1 - r, 1 + r]
     * @param maxRetryAfter the longest {@code Retry-After} honoured in place; a provider asking for more gets the
     *     reply parked instead, for an operator to replay
     */
    public record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("2.0") double multiplier, @DefaultValue("0.5") double randomization,
            @DefaultValue("30s") Duration maxBackoff, @DefaultValue("60s") Duration maxRetryAfter) {
    }

    /**
     * One circuit breaker per provider, counting only the provider's own faults (timeouts, connection errors, 5xx).
     *
     * @param openFor how long an open breaker refuses calls before letting {@code halfOpenCalls} through
     */
    public record Breaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("20") int slidingWindow,
            @DefaultValue("10") int minimumCalls, @DefaultValue("30s") Duration openFor,
            @DefaultValue("2") int halfOpenCalls) {
    }

    /** One bulkhead per provider: at most this many requests in flight, waiting at most this long for a slot. */
    public record Bulkhead(@DefaultValue("10") int maxConcurrentCalls, @DefaultValue("2s") Duration maxWait) {
    }
}
