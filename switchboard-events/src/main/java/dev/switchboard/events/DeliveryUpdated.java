package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent's reply moved forward in delivery (sent, delivered, read, failed), as conversation-service recorded it:
 * once per change, never backwards.
 *
 * @param agentId who wrote the reply
 * @param reason why it failed, in the provider's or notify's words; only for FAILED
 * @param permanent a failure nothing retries any more
 */
public record DeliveryUpdated(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String messageId, Channel channel, String agentId, DeliveryStatus status, @Nullable String reason,
        boolean permanent) implements ConversationChange {
}
