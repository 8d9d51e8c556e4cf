package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.events.AgentUnassigned;
import dev.switchboard.events.AssignmentRejected;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.QueuePositionChanged;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.UnassignmentReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records routing-service's decisions on the conversations they concern: assigned, taken back (unassigned), waiting
 * at a place in line; a rejected request changed nothing and is only logged. Event ids derive from the decision's
 * id, and a decision already applied (a redelivery) changes nothing and announces nothing again.
 */
@Service
public class RoutingDecisions {

    private static final Logger log = LoggerFactory.getLogger(RoutingDecisions.class);

    private final ConversationChanges changes;
    private final EventPublisher publisher;

    RoutingDecisions(ConversationChanges changes, EventPublisher publisher) {
        this.changes = changes;
        this.publisher = publisher;
    }

    public void apply(RoutingDecision decision) {
        if (decision instanceof ConversationRouted routed) {
            routed(routed);
        } else if (decision instanceof ConversationUnassigned unassigned) {
            unassigned(unassigned.workspaceId(), unassigned.conversationId(), unassigned.previousAgentId(),
                    unassigned.reason(), place(unassigned.eventId(), unassigned.position(), unassigned.queueLength(),
                            unassigned.estimatedWaitSeconds()));
        } else if (decision instanceof ConversationQueued queued) {
            queued(queued);
        } else if (decision instanceof AssignmentRejected rejected) {
            log.info("Routing refused request {} for conversation {}: {}", rejected.requestId(),
                    rejected.conversationId(), rejected.reason());
        }
    }

    private void routed(ConversationRouted routed) {
        Instant at = changes.now();
        Optional<Stored> stored = changes.apply(routed.workspaceId(), routed.conversationId(),
                c -> c.isOpen() && !routed.agentId().equals(c.assigneeId())
                        ? Optional.of(new Transition(c.assignedTo(routed.agentId(), at),
                                List.of(assigned(c, routed, at))))
                        : Optional.empty());
        if (stored.isEmpty() || !stored.get().conversation().isOpen()) {
            handBack(routed, stored.map(Stored::conversation).map(Conversation::status).orElse(null));
        } else if (stored.get().changed()) {
            log.info("Conversation {} assigned to agent {}", routed.conversationId(), routed.agentId());
        }
    }

    private static ConversationAssigned assigned(Conversation before, ConversationRouted routed, Instant at) {
        return new ConversationAssigned(EventIds.derived(routed.eventId().toString(), "assigned"), at,
                before.workspaceId(), before.id(), routed.agentId(), before.previousAssigneeFor(routed.agentId()),
                before.inboxId(), before.channel());
    }

    /** Snoozed, resolved (or unknown) before routing's choice arrived: give the agent's capacity back at once. */
    private void handBack(ConversationRouted routed, @Nullable ConversationStatus status) {
        ReleaseReason reason = status == null ? ReleaseReason.UNASSIGNED
                : status == ConversationStatus.SNOOZED ? ReleaseReason.SNOOZED : ReleaseReason.RESOLVED;
        log.info("Conversation {} is no longer open ({}): releasing agent {}", routed.conversationId(), reason,
                routed.agentId());
        publisher.publish(new ConversationReleased(EventIds.derived(routed.eventId().toString(), "released"),
                changes.now(), routed.workspaceId(), routed.conversationId(), routed.agentId(), reason));
    }

    /** Back to waiting if that agent still holds it, at the place in line routing gave it. */
    private void unassigned(String workspaceId, String conversationId, String previousAgentId,
            UnassignmentReason reason, QueuePlace place) {
        Instant at = changes.now();
        changes.apply(workspaceId, conversationId, c -> c.isOpen() && previousAgentId.equals(c.assigneeId())
                ? Optional.of(new Transition(c.unassigned(at).queuedAt(place, at), List.of(
                        new AgentUnassigned(EventIds.derived(place.decisionId().toString(), "unassigned"), at,
                                workspaceId, conversationId, previousAgentId, reason),
                        queuePosition(c, place, at))))
                : Optional.empty());
    }

    private void queued(ConversationQueued queued) {
        QueuePlace place = place(queued.eventId(), queued.position(), queued.queueLength(),
                queued.estimatedWaitSeconds());
        if (queued.previousAgentId() != null) {
            // Before v0.3 a queued decision naming an agent meant "taken from that agent": the same as unassigned.
            unassigned(queued.workspaceId(), queued.conversationId(), queued.previousAgentId(),
                    UnassignmentReason.AGENT_OFFLINE, place);
            return;
        }
        Instant at = changes.now();
        changes.apply(queued.workspaceId(), queued.conversationId(), c -> c.awaitsAgent()
                && !queued.eventId().equals(c.state().queue() == null ? null : c.state().queue().decisionId())
                ? Optional.of(new Transition(c.queuedAt(place, at), List.of(queuePosition(c, place, at))))
                : Optional.empty());
    }

    private static QueuePlace place(UUID decisionId, int position, int queueLength,
            @Nullable Long estimatedWaitSeconds) {
        return new QueuePlace(position, queueLength, estimatedWaitSeconds, decisionId);
    }

    private static QueuePositionChanged queuePosition(Conversation c, QueuePlace place, Instant at) {
        return new QueuePositionChanged(EventIds.derived(place.decisionId().toString(), "queued"), at,
                c.workspaceId(), c.id(), place.position(), place.queueLength(), place.estimatedWaitSeconds());
    }
}
