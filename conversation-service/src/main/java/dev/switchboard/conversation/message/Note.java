package dev.switchboard.conversation.message;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An agent's private note in a conversation's history: stored with the messages (kind NOTE), never sent to the
 * customer.
 *
 * @param mentions the workspace's agents the note mentions, each once
 */
public record Note(String id, String conversationId, String workspaceId, String agentId, String text,
        List<String> mentions, Instant createdAt) implements HistoryEntry {

    public Note {
        mentions = List.copyOf(mentions);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
