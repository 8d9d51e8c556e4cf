package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.messaging.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The one way a conversation changes: the transition and its events are written in one conditional update, then
 * relayed to Kafka at once. If the relay fails (or the process dies first), the events wait in the document for the
 * sweep; nothing is decided twice, since a retry finds the change already made.
 */
@Component
class ConversationChanges {

    private final ConversationRepository conversations;
    private final OutboxRelay relay;
    private final Clock clock;

    ConversationChanges(ConversationRepository conversations, OutboxRelay relay, Clock clock) {
        this.conversations = conversations;
        this.relay = relay;
        this.clock = clock;
    }

    /** Now, to the millisecond as MongoDB keeps it, so a stored change reads back exactly as it was decided. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Applies {@code rule} to the workspace's conversation and relays what it wrote; empty if there is none. */
    Optional<Stored> apply(String workspaceId, String id, Function<Conversation, Optional<Transition>> rule) {
        Optional<Stored> stored = conversations.apply(workspaceId, id, rule);
        if (stored.isPresent()) {
            relay.flush(OutboxRelay.CONVERSATIONS, id);
        }
        return stored;
    }

    /** The same, for an agent's request: the conversation as stored afterwards, or a 404 problem. */
    Conversation applyFor(CurrentAgent agent, String id, Function<Conversation, Optional<Transition>> rule) {
        return apply(agent.workspaceId(), id, rule).map(Stored::conversation)
                .orElseThrow(() -> ConversationAccess.notFound(id));
    }
}
