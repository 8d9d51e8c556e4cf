package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * routing-service gave a conversation to an agent, with everything needed to explain the choice afterwards.
 * Fields added after v0.2 default when absent, so older records still decode.
 *
 * @param agentLoad the agent's weighted load after the assignment
 * @param previousAgentId who held it until now (transfer, supervisor move, requeue); {@code null} if nobody
 * @param strategy the strategy that chose among {@code candidates}; {@code null} when a person or stickiness chose
 * @param candidates the best eligible agents considered (at most five), in preference order, with their loads
 *     before the decision
 * @param override a supervisor pushed the agent past capacity (boxed so that older records, without it, decode)
 * @param requestId the input this decision answers (a ConversationWaiting or a manual request); {@code null} when
 *     it follows from something else, such as a release draining the queue
 */
public record ConversationRouted(UUID eventId, Instant occurredAt, String workspaceId, String conversationId,
        String agentId, double agentLoad, int agentCapacity, @Nullable String previousAgentId,
        AssignmentReason reason, @Nullable RoutingStrategy strategy, List<RoutingCandidate> candidates,
        Boolean override, @Nullable UUID requestId) implements RoutingDecision {

    public ConversationRouted {
        reason = reason == null ? AssignmentReason.AUTO : reason;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        override = override != null && override;
    }
}
