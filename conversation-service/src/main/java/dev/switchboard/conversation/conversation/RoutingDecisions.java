package dev.switchboard.conversation.conversation;

import dev.switchboard.events.AssignmentRejected;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records routing-service's decisions on the conversations they concern. Event ids derive from the decision's id,
 * so a redelivered decision yields the same events again (see {@link InboundThreading} for why).
 */
@Service
public class RoutingDecisions {

    private static final Logger log = LoggerFactory.getLogger(RoutingDecisions.class);

    private final ConversationRepository conversations;
    private final Clock clock;

    RoutingDecisions(ConversationRepository conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    /**
     * Applies the decision and answers the events to publish: an assignment is recorded and announced; an
     * unassignment puts the conversation back to waiting (if that agent still holds it); a rejected request is
     * only logged, nothing having changed.
     */
    public List<SwitchboardEvent> apply(RoutingDecision decision) {
        if (decision instanceof ConversationRouted routed) {
            return routed(routed);
        }
        if (decision instanceof ConversationUnassigned unassigned) {
            unassign(unassigned.workspaceId(), unassigned.conversationId(), unassigned.previousAgentId());
        } else if (decision instanceof ConversationQueued queued && queued.previousAgentId() != null) {
            unassign(queued.workspaceId(), queued.conversationId(), queued.previousAgentId());
        } else if (decision instanceof AssignmentRejected rejected) {
            log.info("Routing refused request {} for conversation {}: {}", rejected.requestId(),
                    rejected.conversationId(), rejected.reason());
        }
        return List.of();
    }

    /** Back to waiting; a ConversationQueued naming a previous agent meant the same before ConversationUnassigned. */
    private void unassign(String workspaceId, String conversationId, String previousAgentId) {
        if (conversations.unassign(workspaceId, conversationId, previousAgentId, clock.instant())) {
            log.info("Conversation {} taken back from agent {}: waiting again", conversationId, previousAgentId);
        }
    }

    private List<SwitchboardEvent> routed(ConversationRouted routed) {
        Optional<Conversation> before = conversations.assignIfOpen(routed.workspaceId(), routed.conversationId(),
                routed.agentId(), clock.instant());
        if (before.isEmpty()) {
            return List.of(handBack(routed));
        }
        Conversation conversation = before.get();
        log.info("Conversation {} assigned to agent {}", conversation.id(), routed.agentId());
        return List.of(new ConversationAssigned(EventIds.derived(routed.eventId().toString(), "assigned"),
                clock.instant(), conversation.workspaceId(), conversation.id(), routed.agentId(),
                conversation.previousAssigneeFor(routed.agentId()), conversation.inboxId(), conversation.channel()));
    }

    /** A conversation resolved (or unknown) before routing's choice arrived: give the agent's capacity back. */
    private ConversationReleased handBack(ConversationRouted routed) {
        boolean known = conversations.find(routed.workspaceId(), routed.conversationId()).isPresent();
        log.info("Conversation {} is no longer open ({}): releasing agent {}", routed.conversationId(),
                known ? "resolved" : "unknown", routed.agentId());
        return new ConversationReleased(EventIds.derived(routed.eventId().toString(), "released"), clock.instant(),
                routed.workspaceId(), routed.conversationId(), routed.agentId(),
                known ? ReleaseReason.RESOLVED : ReleaseReason.UNASSIGNED);
    }
}
