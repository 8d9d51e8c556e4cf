package dev.switchboard.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation now belongs to another team (or to none): a waiting one is routed again under the new team, a held
 * one stays with its agent and keeps the team for later.
 */
public record ConversationTeamChanged(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        @Nullable String team) implements RoutingInput {
}
