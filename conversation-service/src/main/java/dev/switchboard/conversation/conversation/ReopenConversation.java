package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.StatusCause;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A snoozed or resolved conversation opens again: by an agent's hand, when its snooze runs out, when the customer
 * writes into a snoozed one, or when the customer writes again within the workspace's reopen window after it was
 * resolved. It waits for an agent again and routing is asked for one, preferring whoever held it last. A resolved
 * conversation first takes its thread back, unless the customer has a newer open one (409 for an agent).
 */
@Service
public class ReopenConversation {

    private static final Logger log = LoggerFactory.getLogger(ReopenConversation.class);

    private final ConversationAccess access;
    private final ConversationChanges changes;
    private final ConversationRepository conversations;
    private final OpenThreads threads;

    ReopenConversation(ConversationAccess access, ConversationChanges changes, ConversationRepository conversations,
            OpenThreads threads) {
        this.access = access;
        this.changes = changes;
        this.conversations = conversations;
        this.threads = threads;
    }

    /** The agent who held it last (or a supervisor) reopens it; reopening an open conversation changes nothing. */
    Conversation reopen(CurrentAgent agent, String conversationId) {
        Conversation current = access.lastHandledBy(agent, conversationId);
        String holder = current.holdsThread() ? current.id() : takeThread(current);
        if (!holder.equals(conversationId)) {
            throw Problems.of(HttpStatus.CONFLICT, "thread-has-open-conversation", "Customer has an open conversation",
                    "The customer wrote again since; continue in conversation " + holder + ".");
        }
        Conversation reopened = changes.applyFor(agent, conversationId,
                conversation -> reopening(conversation, StatusCause.AGENT, agent.agentId(), changes.now()));
        log.info("Conversation {} reopened by agent {}", conversationId, agent.agentId());
        return reopened;
    }

    /** Wakes a snoozed conversation, if it still sleeps (and, for its time running out, if that time has come). */
    public boolean wake(String workspaceId, String conversationId, StatusCause cause) {
        Instant at = changes.now();
        boolean woken = changes.apply(workspaceId, conversationId, conversation -> conversation.status()
                        == ConversationStatus.SNOOZED && (cause != StatusCause.SNOOZE_ENDED || due(conversation, at))
                        ? reopening(conversation, cause, null, at) : Optional.empty())
                .map(Stored::changed).orElse(false);
        if (woken) {
            log.info("Conversation {} woken ({})", conversationId, cause);
        }
        return woken;
    }

    /**
     * The customer wrote again into the thread of {@code resolved}, within the reopen window: it takes its thread back
     * and opens (if no other write opened it first). Empty when the thread went to a newer conversation meanwhile.
     * Safe to repeat: once open, it stays as it is and only its thread is answered.
     */
    Optional<Conversation> resume(Conversation resolved) {
        if (!takeThread(resolved).equals(resolved.id())) {
            return Optional.empty();
        }
        Instant at = changes.now();
        Optional<Stored> resumed = changes.apply(resolved.workspaceId(), resolved.id(),
                conversation -> reopening(conversation, StatusCause.CUSTOMER_MESSAGE, null, at));
        if (resumed.filter(Stored::changed).isPresent()) {
            log.info("Conversation {} reopened by the customer's message", resolved.id());
        }
        return resumed.map(Stored::conversation);
    }

    private static boolean due(Conversation conversation, Instant at) {
        Instant until = conversation.state().snoozedUntil();
        return until == null || !until.isAfter(at);
    }

    private static Optional<Transition> reopening(Conversation before, StatusCause cause, @Nullable String agentId,
            Instant at) {
        if (before.isOpen()) {
            return Optional.empty();
        }
        Conversation after = before.reopened(at);
        return Optional.of(new Transition(after, List.of(
                LifecycleEvents.statusChanged(before, after, cause, agentId), LifecycleEvents.waitingAgain(after))));
    }

    /**
     * Takes the thread back for a resolved conversation, a claim left by a resolved one freed first; answers the
     * thread's holder now (another conversation's id when the customer has a newer open one).
     */
    private String takeThread(Conversation resolved) {
        String holder = threads.claim(resolved.threadKey(), resolved.id(), changes.now());
        if (!holder.equals(resolved.id()) && conversations.findById(holder).filter(Conversation::holdsThread)
                .isEmpty()) {
            threads.release(resolved.threadKey(), holder);
            holder = threads.claim(resolved.threadKey(), resolved.id(), changes.now());
        }
        return holder;
    }
}
