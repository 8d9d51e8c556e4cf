package dev.switchboard.notify.webhook;

import dev.switchboard.notify.webhook.WebhookDeliveries.Claim;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes one claimed attempt, with the endpoint as it stands now: deleted or disabled meanwhile, the delivery fails
 * without a request; paused meanwhile, the claim is given back until the pause ends.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookHttp http;
    private final AttemptOutcomes outcomes;
    private final Clock clock;

    WebhookSender(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookHttp http, AttemptOutcomes outcomes,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.http = http;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    void attempt(Claim claim) {
        WebhookDelivery delivery = claim.delivery();
        if (claim.tookOver()) {
            log.warn("took over webhook {} to endpoint {}: the instance attempting it stopped, so the receiver may "
                    + "already have it", delivery.eventId(), delivery.endpointId());
        }
        Instant now = clock.instant();
        Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.endpointId());
        if (endpoint.isEmpty() || !endpoint.get().enabled()) {
            deliveries.failed(claim, Optional.empty(), endpoint.isEmpty() ? "the endpoint was deleted"
                    : "the endpoint is disabled", now);
            return;
        }
        Instant pausedUntil = endpoint.get().pausedUntil();
        if (pausedUntil != null && pausedUntil.isAfter(now)) {
            deliveries.release(claim, pausedUntil);
            return;
        }
        WebhookHttp.Answer answer = http.post(endpoint.get().url(), endpoint.get().secret(),
                delivery.eventId().toString(), delivery.payload());
        log.debug("webhook {} to endpoint {}: {}", delivery.eventId(), delivery.endpointId(),
                answer.error() == null ? answer.status() : answer.error());
        outcomes.record(claim, endpoint.get(), answer, now);
    }
}
