package dev.switchboard.notify.webhook;

import dev.switchboard.events.WebhookEndpointDisabled;
import dev.switchboard.notify.messaging.KafkaRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * What follows an endpoint's disabling: its pending deliveries fail (a replay sends them once it is enabled again)
 * and, when we disabled it rather than an admin, {@code WebhookEndpointDisabled} goes on {@code notify-events}. The
 * disabling marks it unannounced in the same write; the dispatcher's next poll claims the announcement (one instance
 * at a time), publishes it and marks it announced, and tries again after the claim's lease if Kafka did not take it.
 */
@Component
class EndpointDisabling {

    static final String BINDING = "webhooks-out-0";
    private static final Logger log = LoggerFactory.getLogger(EndpointDisabling.class);

    private final EndpointStatus status;
    private final EndpointDeliveries deliveries;
    private final StreamBridge bridge;
    private final WebhookMetrics metrics;

    EndpointDisabling(EndpointStatus status, EndpointDeliveries deliveries, StreamBridge bridge,
            WebhookMetrics metrics) {
        this.status = status;
        this.deliveries = deliveries;
        this.bridge = bridge;
        this.metrics = metrics;
    }

    /** {@code disabled} was just disabled, by us or by an admin. */
    void completed(WebhookEndpoint disabled, Instant now) {
        String reason = Objects.requireNonNull(disabled.disabledReason());
        deliveries.failPending(disabled.id(), "the endpoint was disabled (" + reason + ")", now);
        metrics.disabled(reason);
        log.warn("webhook endpoint {} of workspace {} disabled: {}", disabled.id(), disabled.workspaceId(), reason);
    }

    /** Publishes the disablings not on Kafka yet (a few at a time). */
    void announceOutstanding(Instant now, Duration lease) {
        for (int i = 0; i < 10; i++) {
            Optional<WebhookEndpoint> next = status.nextToAnnounce(now, lease);
            if (next.isEmpty()) {
                return;
            }
            announce(next.get());
        }
    }

    /** Publishes it, unless an admin enabled (or disabled) it meanwhile: then there is nothing true to say any more. */
    private void announce(WebhookEndpoint endpoint) {
        UUID eventId = Objects.requireNonNull(endpoint.disabledEventId());
        String reason = endpoint.disabledReason();
        Instant disabledAt = endpoint.disabledAt();
        if (endpoint.enabled() || disabledAt == null || reason == null || !List.of(EndpointStatus.GONE,
                EndpointStatus.FAILING).contains(reason)) {
            status.announced(endpoint.id(), eventId);
            return;
        }
        try {
            KafkaRecords.send(bridge, BINDING, new WebhookEndpointDisabled(eventId, disabledAt, endpoint.workspaceId(),
                    endpoint.id(), reason, EndpointStatus.FAILING.equals(reason) ? endpoint.failingSince() : null,
                    endpoint.lastStatus()));
            status.announced(endpoint.id(), eventId);
        } catch (RuntimeException e) {
            log.warn("WebhookEndpointDisabled for endpoint {} not published yet, trying again: {}", endpoint.id(),
                    e.toString());
        }
    }
}
