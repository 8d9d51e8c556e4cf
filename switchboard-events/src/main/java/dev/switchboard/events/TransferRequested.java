package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone moves a conversation on: to one agent, to a team, or (neither named) to whoever routing picks next; never
 * back to the agent it leaves. Answered by ConversationRouted, ConversationUnassigned (it waits for the team) or
 * AssignmentRejected.
 *
 * @param requestedBy the agent or supervisor asking
 * @param toTeam the team it belongs to from now on; {@code null} keeps its team
 */
public record TransferRequested(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String requestedBy, @Nullable String toAgentId, @Nullable String toTeam) implements RoutingInput {
}
