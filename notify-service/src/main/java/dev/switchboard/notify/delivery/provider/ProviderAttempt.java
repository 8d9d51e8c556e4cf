package dev.switchboard.notify.delivery.provider;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One try at one request, as the delivery log keeps it.
 *
 * @param status the provider's HTTP status or SMTP reply code, when it answered
 * @param code the provider's own error code, when it gave one
 * @param detail what went wrong, in the provider's words or ours; {@code null} when sent
 */
public record ProviderAttempt(Instant at, Outcome outcome, Duration latency, @Nullable Integer status,
        @Nullable String code, @Nullable String detail) {

    /** How one try ended. */
    public enum Outcome {
        SENT, TRANSIENT, THROTTLED, PERMANENT,
        /** Not sent: our own circuit breaker, rate limiter or bulkhead held it back. */
        HELD_BACK
    }

    static ProviderAttempt sent(Instant at, Duration latency) {
        return new ProviderAttempt(at, Outcome.SENT, latency, null, null, null);
    }

    static ProviderAttempt failed(Instant at, Duration latency, RuntimeException failure) {
        if (failure instanceof ProviderFailure provider) {
            return new ProviderAttempt(at, Outcome.valueOf(provider.kind().name()), latency, provider.status(),
                    provider.code(), provider.detail());
        }
        return new ProviderAttempt(at, Outcome.HELD_BACK, latency, null, null, heldBackReason(failure));
    }

    /** What our own guard said when it held a request back, or {@code null} for anything else. */
    public static @Nullable String heldBackReason(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "circuit breaker open: the provider has been failing";
        }
        if (failure instanceof RequestNotPermitted) {
            return "sender rate limit: no permit in time";
        }
        if (failure instanceof BulkheadFullException) {
            return "too many requests to this provider in flight";
        }
        return null;
    }

    public boolean sent() {
        return outcome == Outcome.SENT;
    }
}
