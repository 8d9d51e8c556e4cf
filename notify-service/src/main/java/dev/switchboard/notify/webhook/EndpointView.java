package dev.switchboard.notify.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint as its workspace's admins see it. The secret is there only in the answer to its registration.
 *
 * @param failingSince when its current run of failed attempts began
 * @param pausedUntil no attempt before this: the receiver asked us to slow down
 */
record EndpointView(String id, String url, List<String> eventTypes, @Nullable String description, boolean enabled,
        @Nullable String disabledReason, @Nullable Instant disabledAt, @Nullable Instant failingSince,
        @Nullable Instant pausedUntil, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secret) {

    static EndpointView of(WebhookEndpoint endpoint) {
        return view(endpoint, null);
    }

    static EndpointView withSecret(WebhookEndpoint endpoint) {
        return view(endpoint, endpoint.secret());
    }

    private static EndpointView view(WebhookEndpoint endpoint, @Nullable String secret) {
        return new EndpointView(endpoint.id(), endpoint.url(), endpoint.eventTypes(), endpoint.description(),
                endpoint.enabled(), endpoint.disabledReason(), endpoint.disabledAt(), endpoint.failingSince(),
                endpoint.pausedUntil(), endpoint.createdAt(), endpoint.updatedAt(), secret);
    }
}
