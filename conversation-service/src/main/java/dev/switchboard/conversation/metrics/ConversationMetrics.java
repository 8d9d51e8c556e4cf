package dev.switchboard.conversation.metrics;

import dev.switchboard.conversation.message.MessageRepository;
import dev.switchboard.events.Author;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageAppended;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Measures each conversation when its moments happen, as this service publishes them (in-process, from the outbox
 * relay): the first assignment (waiting time), an agent's first reply (first-response time), the resolution
 * (resolution time, and the number of agent replies). Each is stored on the conversation once and recorded in its
 * histogram only then, so an event the relay publishes again, a redelivered decision or a retried request never
 * counts twice. Times run from the conversation's opening.
 */
@Component
class ConversationMetrics {

    private final ConversationMoments moments;
    private final ConversationMeters meters;
    private final MessageRepository messages;

    ConversationMetrics(ConversationMoments moments, ConversationMeters meters, MessageRepository messages) {
        this.moments = moments;
        this.meters = meters;
        this.messages = messages;
    }

    @EventListener
    void on(ConversationAssigned assigned) {
        record(assigned.workspaceId(), assigned.conversationId(), Moment.FIRST_ASSIGNMENT, assigned.occurredAt());
    }

    @EventListener
    void on(MessageAppended appended) {
        if (appended.direction() != Direction.OUTBOUND || appended.author().kind() != Author.Kind.AGENT) {
            return;
        }
        record(appended.workspaceId(), appended.conversationId(), Moment.FIRST_RESPONSE, appended.occurredAt());
        moments.agentReplies(appended.conversationId(),
                messages.countAgentReplies(appended.workspaceId(), appended.conversationId()));
    }

    @EventListener
    void on(ConversationResolved resolved) {
        record(resolved.workspaceId(), resolved.conversationId(), Moment.RESOLUTION, resolved.occurredAt())
                .ifPresent(conversation -> {
                    long replies = messages.countAgentReplies(resolved.workspaceId(), conversation.id());
                    moments.agentReplies(conversation.id(), replies);
                    meters.agentReplies(conversation.tags(), replies);
                });
    }

    /** The conversation, if this call is the one that recorded {@code moment}. */
    private Optional<ConversationMoments.Measured> record(String workspaceId, String conversationId, Moment moment,
            Instant at) {
        return moments.find(workspaceId, conversationId)
                .filter(conversation -> moments.recordOnce(conversation, moment, at))
                .map(conversation -> {
                    meters.record(moment, conversation.tags(), conversation.elapsedUntil(at));
                    return conversation;
                });
    }
}
