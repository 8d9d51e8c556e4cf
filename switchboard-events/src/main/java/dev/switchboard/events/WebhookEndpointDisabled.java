package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A webhook endpoint stopped receiving deliveries without an admin asking: it answered 410 Gone, or it kept failing
 * for longer than the workspace allows. Carries no URL, which may hold a credential.
 *
 * @param reason {@code gone} (HTTP 410) or {@code failing}
 * @param failingSince when the run of failed attempts began; {@code null} for {@code gone}
 * @param lastStatus the HTTP status of the last attempt; {@code null} if it got no response
 */
public record WebhookEndpointDisabled(UUID eventId, Instant occurredAt, String workspaceId, String endpointId,
        String reason, @Nullable Instant failingSince, @Nullable Integer lastStatus) implements NotifyEvent {
}
