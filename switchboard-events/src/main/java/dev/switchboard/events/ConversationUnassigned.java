package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * routing took a conversation from its agent and put it back in line, with its original priority and waiting time:
 * the agent stayed offline past the grace period, or it was transferred to a team with nobody free. A
 * ConversationRouted follows if someone can take it at once.
 *
 * @param position its place in line as it re-entered the queue
 * @param requestId the transfer this decision answers; {@code null} when the agent went offline
 */
public record ConversationUnassigned(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String previousAgentId, UnassignmentReason reason, int position, int queueLength,
        @Nullable Long estimatedWaitSeconds, @Nullable UUID requestId) implements RoutingDecision {
}
