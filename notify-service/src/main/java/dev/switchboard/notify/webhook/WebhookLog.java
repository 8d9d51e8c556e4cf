package dev.switchboard.notify.webhook;

import dev.switchboard.notify.deadletter.Problems;
import dev.switchboard.notify.webhook.WebhookDelivery.State;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** An endpoint's delivery log as its workspace's admins read it and replay from it. */
@Component
class WebhookLog {

    static final int MAX_PAGE = 100;

    private final EndpointAdministration administration;
    private final EndpointDeliveries deliveries;
    private final Clock clock;

    WebhookLog(EndpointAdministration administration, EndpointDeliveries deliveries, Clock clock) {
        this.administration = administration;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    DeliveryView.Page page(String workspaceId, String endpointId, @Nullable String state, @Nullable String cursor,
            int limit) {
        administration.find(workspaceId, endpointId);
        DeliveryCursor after = cursor == null ? null : DeliveryCursor.decode(cursor)
                .orElseThrow(() -> WebhookProblems.invalid("cursor", "not a cursor this API gave out"));
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<WebhookDelivery> page = deliveries.page(endpointId, state == null ? null : state(state), after, size + 1);
        boolean more = page.size() > size;
        List<WebhookDelivery> shown = page.subList(0, Math.min(size, page.size()));
        return new DeliveryView.Page(shown.stream().map(DeliveryView::of).toList(),
                more ? DeliveryCursor.after(shown.get(shown.size() - 1)).encode() : null);
    }

    /** Sends one delivery again from the start of the schedule. */
    WebhookDelivery replay(String workspaceId, String endpointId, String deliveryId) {
        requireEnabled(workspaceId, endpointId);
        UUID eventId = eventId(deliveryId).orElseThrow(() -> deliveryNotFound(deliveryId));
        return deliveries.replay(endpointId, eventId, clock.instant()).orElseThrow(() -> deliveries
                .find(endpointId, eventId).isPresent() ? Problems.of(HttpStatus.CONFLICT, "webhook-delivery-pending",
                        "Delivery pending", "Delivery " + deliveryId + " is still being delivered; nothing to replay.")
                : deliveryNotFound(deliveryId));
    }

    /** Sends every failed delivery of the endpoint again; answers how many. */
    long replayFailed(String workspaceId, String endpointId) {
        requireEnabled(workspaceId, endpointId);
        return deliveries.replayFailed(endpointId, clock.instant());
    }

    private void requireEnabled(String workspaceId, String endpointId) {
        if (!administration.find(workspaceId, endpointId).enabled()) {
            throw Problems.of(HttpStatus.CONFLICT, "webhook-endpoint-disabled", "Webhook endpoint disabled",
                    "Endpoint " + endpointId + " is disabled: enable it before replaying its deliveries.");
        }
    }

    private static State state(String state) {
        try {
            return State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw WebhookProblems.invalid("state", "one of PENDING, CLAIMED, SUCCEEDED, FAILED");
        }
    }

    private static Optional<UUID> eventId(String deliveryId) {
        try {
            return Optional.of(UUID.fromString(deliveryId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static RuntimeException deliveryNotFound(String deliveryId) {
        return Problems.of(HttpStatus.NOT_FOUND, "webhook-delivery-not-found", "Webhook delivery not found",
                "No delivery " + deliveryId + " of this endpoint.");
    }
}
