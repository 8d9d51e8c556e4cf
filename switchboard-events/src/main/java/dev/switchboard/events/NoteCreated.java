package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent wrote a private note in a conversation; it never reaches the customer.
 *
 * @param mentionedAgentIds the workspace's agents the note mentions ({@code @bob}), each once: notify can alert them
 * @param assigneeId the conversation's agent at the time, if any
 */
public record NoteCreated(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String noteId, String agentId, String text, List<String> mentionedAgentIds, @Nullable String assigneeId)
        implements ConversationChange {

    public NoteCreated {
        mentionedAgentIds = mentionedAgentIds == null ? List.of() : List.copyOf(mentionedAgentIds);
    }
}
