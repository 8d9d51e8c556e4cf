package dev.switchboard.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A receiver a workspace registered: where to send, which event types, the secret deliveries are signed with, and how
 * it has been answering.
 *
 * @param eventTypes CloudEvents types, or {@value #ALL_TYPES} for every one
 * @param disabledReason {@code gone}, {@code failing} or {@code admin}; {@code null} while enabled
 * @param failingSince when the current run of failed attempts began; {@code null} after a success
 * @param lastStatus the HTTP status of the last failed attempt ({@code null}: no answer)
 * @param pausedUntil no attempt before this: the receiver asked us to slow down
 * @param disabledEventId the id of the {@code WebhookEndpointDisabled} its disabling is announced with
 */
record WebhookEndpoint(String id, String workspaceId, String url, List<String> eventTypes, String secret,
        @Nullable String description, boolean enabled, @Nullable String disabledReason, @Nullable Instant disabledAt,
        @Nullable Instant failingSince, @Nullable Integer lastStatus, @Nullable Instant pausedUntil,
        @Nullable UUID disabledEventId, Instant createdAt, Instant updatedAt) {

    static final String ALL_TYPES = "*";

    WebhookEndpoint {
        eventTypes = List.copyOf(eventTypes);
    }

    /** A new, enabled endpoint with a fresh id. */
    static WebhookEndpoint registered(String workspaceId, String url, List<String> eventTypes, String secret,
            @Nullable String description, Instant now) {
        String id = "wh_" + UUID.randomUUID().toString().replace("-", "");
        return new WebhookEndpoint(id, workspaceId, url, eventTypes, secret, description, true, null, null, null,
                null, null, null, now, now);
    }

    /** Never the secret, nor the URL (it may carry a credential): this may end up in a log. */
    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + " of " + workspaceId + (enabled ? "" : ", disabled: " + disabledReason) + "]";
    }
}
