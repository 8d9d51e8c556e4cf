package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation needs an agent. Fields added after v0.2 default when absent, so older records still decode.
 *
 * @param team only agents of this team may take it; {@code null} for anyone
 * @param requiredSkills an agent must have every one of them to be chosen automatically
 * @param preferredAgentId the agent who last helped this customer, to keep them together (sticky routing)
 * @param lastHelpedAt when that agent last helped them; sticky routing applies within the workspace's window,
 *     and {@code null} counts as within it
 * @param waitingSince when it started waiting, its place in line; defaults to {@code occurredAt}
 * @param reason defaults to {@link WaitingReason#NEW}
 */
public record ConversationWaiting(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String inboxId, Channel channel, Priority priority, @Nullable String team, List<String> requiredSkills,
        @Nullable String preferredAgentId, @Nullable Instant lastHelpedAt, Instant waitingSince,
        WaitingReason reason) implements RoutingInput {

    public ConversationWaiting {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        waitingSince = waitingSince == null ? occurredAt : waitingSince;
        reason = reason == null ? WaitingReason.NEW : reason;
    }

    /** A new conversation for anyone, waiting since {@code occurredAt}. */
    public ConversationWaiting(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
            String inboxId, Channel channel, Priority priority) {
        this(eventId, occurredAt, workspaceId, conversationId, inboxId, channel, priority, null, List.of(), null,
                null, occurredAt, WaitingReason.NEW);
    }
}
