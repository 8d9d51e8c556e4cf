package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.StatusCause;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An agent resolves a conversation: it stops taking messages, its thread is freed for the next one, and routing
 * gets the agent's capacity back (or, if nobody held it, stops looking for one). Resolving again changes nothing and
 * publishes nothing new; it only frees the thread and relays whatever a crash left in the outbox.
 */
@Service
class ResolveConversation {

    private static final Logger log = LoggerFactory.getLogger(ResolveConversation.class);

    private final ConversationAccess access;
    private final ConversationChanges changes;
    private final OpenThreads threads;

    ResolveConversation(ConversationAccess access, ConversationChanges changes, OpenThreads threads) {
        this.access = access;
        this.changes = changes;
        this.threads = threads;
    }

    Conversation resolve(CurrentAgent agent, String conversationId) {
        access.handledBy(agent, conversationId);
        Instant at = changes.now();
        Conversation resolved = changes.applyFor(agent, conversationId, current -> current.holdsThread()
                ? Optional.of(resolution(current, agent, at)) : Optional.empty());
        threads.release(resolved.threadKey(), resolved.id());
        log.info("Conversation {} resolved by agent {}", resolved.id(), agent.agentId());
        return resolved;
    }

    /** Resolved, announced, and the agent who held it (an open one's assignee) released in routing. */
    private static Transition resolution(Conversation before, CurrentAgent agent, Instant at) {
        Conversation after = before.resolved(at);
        return new Transition(after, List.of(
                new ConversationResolved(EventIds.of(after, "resolved"), at, after.workspaceId(), after.id(),
                        after.assigneeId()),
                LifecycleEvents.statusChanged(before, after, StatusCause.AGENT, agent.agentId()),
                LifecycleEvents.released(after, before.isOpen() ? before.assigneeId() : null,
                        ReleaseReason.RESOLVED)));
    }
}
