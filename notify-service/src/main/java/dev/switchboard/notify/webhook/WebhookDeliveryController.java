package dev.switchboard.notify.webhook;

import dev.switchboard.notify.deadletter.AdminAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/webhooks/endpoints/{id}/deliveries}: what was sent to an endpoint, every attempt and its answer, page
 * by page; and replays, accepted (202) once queued, which then go out like any delivery.
 */
@RestController
@RequestMapping(WebhookEndpointController.PATH + "/{endpointId}/deliveries")
class WebhookDeliveryController {

    private final AdminAccess access;
    private final WebhookLog deliveryLog;

    WebhookDeliveryController(AdminAccess access, WebhookLog deliveryLog) {
        this.access = access;
        this.deliveryLog = deliveryLog;
    }

    /** Newest first; {@code state} filters ({@code FAILED}, say), {@code cursor} continues where a page ended. */
    @GetMapping
    DeliveryView.Page list(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @PathVariable String endpointId,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
        return deliveryLog.page(workspace(authorization), endpointId, state, cursor, limit);
    }

    @PostMapping("/{deliveryId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryView replay(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @PathVariable String endpointId, @PathVariable String deliveryId) {
        return DeliveryView.of(deliveryLog.replay(workspace(authorization), endpointId, deliveryId));
    }

    @PostMapping("/replay-failed")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Replayed replayFailed(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @PathVariable String endpointId) {
        return new Replayed(deliveryLog.replayFailed(workspace(authorization), endpointId));
    }

    private String workspace(@Nullable String authorization) {
        return access.require(authorization).workspaceId();
    }

    /** How many failed deliveries a replay queued again. */
    record Replayed(long replayed) {
    }
}
