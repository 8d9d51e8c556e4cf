package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SelfAssignmentRequested;
import dev.switchboard.events.SupervisorAssignmentRequested;
import dev.switchboard.events.TransferRequested;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Agents and supervisors move conversations by asking routing, never by writing an assignee here: routing is the one
 * writer of every agent's load, so capacity holds however many people click at once. Each request is answered on
 * {@code conversation-assignments} by exactly one decision naming its id (assigned, waiting for a team, or rejected
 * with a reason); the caller gets that id now and sees the outcome arrive like any other assignment.
 */
@Service
class AssignmentRequests {

    private static final Logger log = LoggerFactory.getLogger(AssignmentRequests.class);

    private final ConversationAccess access;
    private final EventPublisher publisher;
    private final Clock clock;

    AssignmentRequests(ConversationAccess access, EventPublisher publisher, Clock clock) {
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The agent takes a waiting, unassigned conversation of their workspace. */
    UUID selfAssign(CurrentAgent agent, String conversationId) {
        Conversation conversation = access.visibleTo(agent, conversationId);
        ConversationAccess.requireOpen(conversation);
        if (conversation.assigneeId() != null) {
            throw Problems.of(HttpStatus.CONFLICT, "already-assigned", "Already assigned",
                    "Conversation " + conversationId + " already has an agent; ask for a transfer instead.");
        }
        return request(agent, new SelfAssignmentRequested(UUID.randomUUID(), clock.instant(),
                agent.workspaceId(), conversationId, agent.agentId()));
    }

    /** The assignee (or a supervisor) hands the conversation to an agent, a team, or whoever routing picks next. */
    UUID transfer(CurrentAgent agent, String conversationId, @Nullable String toAgentId, @Nullable String toTeam) {
        Conversation conversation = access.handledBy(agent, conversationId);
        ConversationAccess.requireOpen(conversation);
        return request(agent, new TransferRequested(UUID.randomUUID(), clock.instant(), agent.workspaceId(),
                conversationId, agent.agentId(), toAgentId, toTeam));
    }

    /** A supervisor gives the conversation to an agent, past their capacity only when asked (flagged by routing). */
    UUID assign(CurrentAgent supervisor, String conversationId, String agentId, boolean overCapacity) {
        if (!supervisor.isSupervisor()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "supervisor-only", "Supervisors only",
                    "Only a supervisor may assign a conversation to another agent.");
        }
        ConversationAccess.requireOpen(access.visibleTo(supervisor, conversationId));
        return request(supervisor, new SupervisorAssignmentRequested(UUID.randomUUID(), clock.instant(),
                supervisor.workspaceId(), conversationId, supervisor.agentId(), agentId, overCapacity));
    }

    private UUID request(CurrentAgent agent, RoutingInput request) {
        publisher.publish(request);
        log.info("Agent {} asked routing: {} {}", agent.agentId(), request.getClass().getSimpleName(),
                request.eventId());
        return request.eventId();
    }
}
