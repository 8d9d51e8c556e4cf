package dev.switchboard.notify.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a delivery again: the configured delays (Standard Webhooks' example schedule by default, 10 attempts over
 * about 75 hours), each stretched by up to {@code jitter} so that endpoints failing together do not retry together.
 */
final class RetrySchedule {

    private final List<Duration> delays;
    private final double jitter;
    private final RandomGenerator random;

    RetrySchedule(List<Duration> delays, double jitter, RandomGenerator random) {
        if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative) || jitter < 0) {
            throw new IllegalArgumentException("a schedule needs at least one delay, none negative, and jitter >= 0");
        }
        this.delays = List.copyOf(delays);
        this.jitter = jitter;
        this.random = random;
    }

    /** The wait before the first attempt (the first delay, "immediately" by default). */
    Duration first() {
        return delays.get(0);
    }

    /** The wait before the next attempt once {@code attemptsMade} attempts failed; empty when they are all spent. */
    Optional<Duration> after(int attemptsMade) {
        if (attemptsMade >= delays.size()) {
            return Optional.empty();
        }
        Duration delay = delays.get(attemptsMade);
        return Optional.of(jitter == 0 ? delay
                : delay.plusMillis((long) (delay.toMillis() * jitter * random.nextDouble())));
    }

    int attempts() {
        return delays.size();
    }
}
