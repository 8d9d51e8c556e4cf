package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent's reply, persisted, to be delivered on the customer's own channel to {@code recipient}.
 *
 * @param threadHints for email: the subject and the customer's Message-IDs the reply answers, so notify sets
 *     {@code In-Reply-To} and {@code References} and the customer's mail client threads it; {@code null} elsewhere
 */
public record AgentReplied(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String messageId, String inboxId, Channel channel, String recipient, String agentId, String text,
        List<Attachment> attachments, @Nullable ThreadHints threadHints) implements OutboundEvent {

    public AgentReplied {
        attachments = List.copyOf(attachments);
    }
}
