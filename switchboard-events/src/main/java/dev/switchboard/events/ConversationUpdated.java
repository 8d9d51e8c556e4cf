package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent or supervisor changed a conversation's team or labels; carries both as they are now.
 *
 * @param team the team it belongs to; {@code null} for none
 */
public record ConversationUpdated(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        @Nullable String team, List<String> labels, String agentId, @Nullable String assigneeId)
        implements ConversationChange {

    public ConversationUpdated {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
