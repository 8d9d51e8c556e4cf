package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An agent's reply, persisted, to be delivered on the customer's own channel to {@code recipient}. */
public record AgentReplied(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String messageId, String inboxId, Channel channel, String recipient, String agentId, String text,
        List<Attachment> attachments) implements OutboundEvent {

    public AgentReplied {
        attachments = List.copyOf(attachments);
    }
}
