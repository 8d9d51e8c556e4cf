package dev.switchboard.notify.delivery.provider;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;

/**
 * Which failures are tried again and after how long: anything but a permanent refusal, after an exponential,
 * jittered backoff, or the provider's {@code Retry-After} when that is longer. A provider asking for a longer wait
 * than we hold a reply for is not retried in place: the reply is parked for a later replay.
 */
record RetryPolicy(IntervalFunction backoff, Duration maxRetryAfter) {

    boolean retryable(Throwable failure) {
        if (failure instanceof ProviderFailure provider) {
            return provider.kind() != ProviderFailure.Kind.PERMANENT
                    && (provider.retryAfter() == null || provider.retryAfter().compareTo(maxRetryAfter) <= 0);
        }
        return ProviderAttempt.heldBackReason(failure) != null;
    }

    long waitMillis(int attempt, Either<Throwable, String> outcome) {
        long wait = backoff.apply(attempt);
        if (outcome.isLeft() && outcome.getLeft() instanceof ProviderFailure provider
                && provider.retryAfter() != null) {
            return Math.max(wait, provider.retryAfter().toMillis());
        }
        return wait;
    }

    /** The provider's own faults, which alone move its circuit breaker. */
    static boolean providerFault(Throwable failure) {
        return failure instanceof ProviderFailure provider && provider.kind() == ProviderFailure.Kind.TRANSIENT;
    }
}
