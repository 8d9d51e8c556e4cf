package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationAccess;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An agent answers a customer: the reply is stored with its events (announced, and handed to delivery), then
 * relayed ({@link OutboundMessages}). With an {@code Idempotency-Key} a client's retry finds the stored reply and
 * answers it again, relaying only what a crash left unsent; never a second message.
 */
@Service
class ReplyToConversation {

    private static final Logger log = LoggerFactory.getLogger(ReplyToConversation.class);

    private final ConversationAccess access;
    private final MessageRepository messages;
    private final OutboundMessages outbound;
    private final Clock clock;

    ReplyToConversation(ConversationAccess access, MessageRepository messages, OutboundMessages outbound,
            Clock clock) {
        this.access = access;
        this.messages = messages;
        this.outbound = outbound;
        this.clock = clock;
    }

    Message reply(CurrentAgent agent, String conversationId, String text, @Nullable String idempotencyKey) {
        Conversation conversation = access.handledBy(agent, conversationId);
        String messageId = IdempotencyKeys.idOf("reply", agent, idempotencyKey);
        Optional<Message> earlier = idempotencyKey == null ? Optional.empty() : messages.find(messageId);
        earlier.ifPresent(reply -> IdempotencyKeys.requireSameRequest(reply, reply.text(), conversationId, text));
        if (earlier.isEmpty()) {
            ConversationAccess.requireUnresolved(conversation);
        }
        Message reply = outbound.send(conversation, earlier.orElseGet(() -> Message.reply(messageId, conversationId,
                agent.workspaceId(), agent.agentId(), text, clock.instant(), outbound.emailThread(conversation))));
        log.info("Agent {} replied in conversation {} with message {}", agent.agentId(), conversationId, reply.id());
        return reply;
    }
}
