package dev.switchboard.events;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published by routing-service on {@code conversation-assignments}, keyed by conversation. Every request routing
 * receives (a conversation waiting, a manual request) is answered by exactly one decision naming it as
 * {@code requestId}.
 */
public sealed interface RoutingDecision extends SwitchboardEvent
        permits ConversationRouted, ConversationQueued, ConversationUnassigned, AssignmentRejected {

    String conversationId();

    /** The request this decision answers; {@code null} when it follows from something else. */
    @Nullable UUID requestId();

    @Override
    default String partitionKey() {
        return conversationId();
    }
}
