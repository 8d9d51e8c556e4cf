package dev.switchboard.notify.webhook;

import dev.switchboard.notify.webhook.WebhookDeliveries.Claim;
import dev.switchboard.notify.webhook.WebhookDelivery.Attempt;
import dev.switchboard.notify.webhook.WebhookDelivery.State;
import dev.switchboard.notify.webhook.WebhookHttp.Answer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Acts on an attempt's answer: a success settles the delivery and lets the next one of its conversation go; 410
 * disables the endpoint; 429, 502 and 504 pause the whole endpoint (for {@code Retry-After} when given); any other
 * failure waits for the schedule's next slot (or a longer {@code Retry-After}), and the last one fails the delivery. An endpoint whose attempts have all
 * failed for {@code disable-after} is disabled.
 */
@Component
class AttemptOutcomes {

    private final WebhookDeliveries deliveries;
    private final EndpointDeliveries endpointDeliveries;
    private final EndpointStatus status;
    private final EndpointDisabling disabling;
    private final RetrySchedule schedule;
    private final WebhookProperties properties;
    private final WebhookMetrics metrics;
    private final Clock clock;

    AttemptOutcomes(WebhookDeliveries deliveries, EndpointDeliveries endpointDeliveries, EndpointStatus status,
            EndpointDisabling disabling, RetrySchedule schedule, WebhookProperties properties, WebhookMetrics metrics,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpointDeliveries = endpointDeliveries;
        this.status = status;
        this.disabling = disabling;
        this.schedule = schedule;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Records the attempt made at {@code at} and everything its answer implies. */
    void record(Claim claim, WebhookEndpoint endpoint, Answer answer, Instant at) {
        Instant now = clock.instant();
        Attempt attempt = new Attempt(at, answer.status(), answer.latencyMs(), answer.error());
        Verdict verdict = answer.verdict();
        metrics.attempted(verdict, answer.latencyMs());
        if (verdict == Verdict.SUCCEEDED) {
            deliveries.succeeded(claim, attempt, now);
            settled(claim, State.SUCCEEDED, now);
            status.succeeded(endpoint.id());
            return;
        }
        status.failed(endpoint.id(), at, answer.status());
        switch (verdict) {
            case GONE -> gone(claim, endpoint, attempt, now);
            case THROTTLED -> retryOrFail(claim, attempt, pause(claim, endpoint, answer, now), now);
            default -> retryOrFail(claim, attempt, askedFor(answer).orElse(Duration.ZERO), now);
        }
        status.disableIfFailingSince(endpoint.id(), now.minus(properties.disableAfter()), now)
                .ifPresent(disabled -> disabling.completed(disabled, now));
    }

    private void gone(Claim claim, WebhookEndpoint endpoint, Attempt attempt, Instant now) {
        deliveries.failed(claim, Optional.of(attempt), "the endpoint answered 410 Gone", now);
        metrics.settled(State.FAILED);
        status.disableGone(endpoint.id(), now).ifPresent(disabled -> disabling.completed(disabled, now));
    }

    /** Holds the whole endpoint back as the receiver asked (or for the schedule's next wait); answers how long. */
    private Duration pause(Claim claim, WebhookEndpoint endpoint, Answer answer, Instant now) {
        Duration wait = askedFor(answer).orElseGet(() -> schedule.after(claim.delivery().attemptCount() + 1)
                .orElse(Duration.ZERO));
        status.pause(endpoint.id(), now.plus(wait));
        endpointDeliveries.postpone(endpoint.id(), now.plus(wait));
        return wait;
    }

    private void retryOrFail(Claim claim, Attempt attempt, Duration atLeast, Instant now) {
        int made = claim.delivery().attemptCount() + 1;
        Optional<Duration> wait = schedule.after(made);
        if (wait.isPresent()) {
            deliveries.retry(claim, attempt, now.plus(atLeast.compareTo(wait.get()) > 0 ? atLeast : wait.get()));
            return;
        }
        deliveries.failed(claim, Optional.of(attempt), "gave up after " + made + " attempts; the last one: "
                + attempt.error(), now);
        settled(claim, State.FAILED, now);
    }

    /** The delivery is done with: count it, and let the next one of its conversation go. */
    private void settled(Claim claim, State outcome, Instant now) {
        metrics.settled(outcome);
        deliveries.next(claim.delivery().line(), now);
    }

    /** The receiver's {@code Retry-After} (a 503 may send one too), up to {@code max-retry-after}. */
    private Optional<Duration> askedFor(Answer answer) {
        return Optional.ofNullable(answer.retryAfter()).map(asked -> asked.compareTo(properties.maxRetryAfter()) <= 0
                ? asked : properties.maxRetryAfter());
    }
}
