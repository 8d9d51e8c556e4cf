package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.ReleaseReason;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An agent resolves a conversation: it stops taking messages, its thread is freed for the next one, and routing
 * gets the agent's capacity back (or, if nobody held it yet, stops looking for one). Resolving again is harmless and
 * re-publishes the same events (same ids), so a client retrying after a crash between the Mongo write and the
 * publish loses nothing.
 */
@Service
class ResolveConversation {

    private static final Logger log = LoggerFactory.getLogger(ResolveConversation.class);

    private final ConversationRepository conversations;
    private final OpenThreads threads;
    private final ConversationAccess access;
    private final EventPublisher publisher;
    private final Clock clock;

    ResolveConversation(ConversationRepository conversations, OpenThreads threads, ConversationAccess access,
            EventPublisher publisher, Clock clock) {
        this.conversations = conversations;
        this.threads = threads;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    Conversation resolve(CurrentAgent agent, String conversationId) {
        Conversation current = access.handledBy(agent, conversationId);
        Conversation resolved = current.isOpen() ? resolveNow(current) : current;
        threads.release(resolved.threadKey(), resolved.id());
        publisher.publish(new ConversationResolved(EventIds.derived(resolved.id(), "resolved"), resolved.updatedAt(),
                resolved.workspaceId(), resolved.id(), resolved.assigneeId()));
        publisher.publish(new ConversationReleased(EventIds.derived(resolved.id(), "released"),
                resolved.updatedAt(), resolved.workspaceId(), resolved.id(), resolved.assigneeId(),
                ReleaseReason.RESOLVED));
        log.info("Conversation {} resolved by agent {}", resolved.id(), agent.agentId());
        return resolved;
    }

    private Conversation resolveNow(Conversation current) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Conversation> before = conversations.resolveIfOpen(current.workspaceId(), current.id(), at);
        return before.map(open -> open.resolved(at))
                .orElseGet(() -> conversations.find(current.workspaceId(), current.id()).orElseThrow());
    }
}
