package dev.switchboard.notify.webhook;

import dev.switchboard.notify.deadletter.Problems;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Registers, changes, disables, enables and deletes a workspace's endpoints, refusing what would not work or not be
 * safe: an unknown event type, a malformed secret, a URL that leads into our own networks.
 */
@Component
class EndpointAdministration {

    private static final Logger log = LoggerFactory.getLogger(EndpointAdministration.class);

    private final WebhookEndpoints endpoints;
    private final EndpointStatus status;
    private final EndpointDeliveries deliveries;
    private final EndpointDisabling disabling;
    private final DestinationPolicy destinations;
    private final Clock clock;

    EndpointAdministration(WebhookEndpoints endpoints, EndpointStatus status, EndpointDeliveries deliveries,
            EndpointDisabling disabling, DestinationPolicy destinations, Clock clock) {
        this.endpoints = endpoints;
        this.status = status;
        this.deliveries = deliveries;
        this.disabling = disabling;
        this.destinations = destinations;
        this.clock = clock;
    }

    WebhookEndpoint register(String workspaceId, NewEndpoint request) {
        String secret = request.secret() == null ? WebhookSignature.generateSecret() : request.secret();
        if (!WebhookSignature.isWellFormed(secret)) {
            throw WebhookProblems.invalid("secret", "must be whsec_ followed by the base64 of "
                    + WebhookSignature.MIN_KEY_BYTES + " to " + WebhookSignature.MAX_KEY_BYTES + " bytes");
        }
        WebhookEndpoint endpoint = WebhookEndpoint.registered(workspaceId, safe(request.url()),
                eventTypes(request.eventTypes()), secret, request.description(), clock.instant());
        endpoints.insert(endpoint);
        log.info("webhook endpoint {} registered for workspace {}", endpoint.id(), workspaceId);
        return endpoint;
    }

    WebhookEndpoint update(String workspaceId, String id, EndpointSettings settings) {
        return endpoints.update(workspaceId, id, safe(settings.url()), eventTypes(settings.eventTypes()),
                settings.description(), clock.instant()).orElseThrow(() -> WebhookProblems.endpointNotFound(id));
    }

    WebhookEndpoint find(String workspaceId, String id) {
        return endpoints.find(workspaceId, id).orElseThrow(() -> WebhookProblems.endpointNotFound(id));
    }

    List<WebhookEndpoint> list(String workspaceId) {
        return endpoints.list(workspaceId);
    }

    /** Stops deliveries to it; its pending ones fail (replay them after enabling it). Idempotent. */
    WebhookEndpoint disable(String workspaceId, String id) {
        Instant now = clock.instant();
        return status.disableByAdmin(workspaceId, id, now).map(disabled -> {
            disabling.completed(disabled, now);
            return disabled;
        }).orElseGet(() -> find(workspaceId, id));
    }

    WebhookEndpoint enable(String workspaceId, String id) {
        return endpoints.enable(workspaceId, id, clock.instant())
                .orElseThrow(() -> WebhookProblems.endpointNotFound(id));
    }

    /** Deletes it with its delivery log. */
    void delete(String workspaceId, String id) {
        if (!endpoints.delete(workspaceId, id)) {
            throw WebhookProblems.endpointNotFound(id);
        }
        deliveries.forget(id);
        log.info("webhook endpoint {} of workspace {} deleted", id, workspaceId);
    }

    private String safe(String url) {
        String refusal = destinations.refusal(url).orElse(null);
        if (refusal != null) {
            throw Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "webhook-url-refused", "Webhook URL refused",
                    "This URL cannot receive webhooks: " + refusal + ".");
        }
        return url;
    }

    private static List<String> eventTypes(@Nullable List<String> requested) {
        if (requested == null) {
            return List.of(WebhookEndpoint.ALL_TYPES);
        }
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i);
            if (!type.equals(WebhookEndpoint.ALL_TYPES) && !WebhookFanOut.TYPES.contains(type)) {
                throw WebhookProblems.invalid("eventTypes[" + i + "]", "not a conversation or delivery event type "
                        + "(or *): " + type);
            }
        }
        return requested.stream().distinct().toList();
    }
}
