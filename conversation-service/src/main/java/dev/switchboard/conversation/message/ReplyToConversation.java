package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationAccess;
import dev.switchboard.conversation.web.Problems;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * An agent answers a customer: the reply is stored, then announced and handed to delivery. With an
 * {@code Idempotency-Key} the messageId derives from agent and key, so a client's retry finds the stored reply,
 * publishes its events again under the same ids, and never makes a second message.
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
        String messageId = messageId(agent, idempotencyKey);
        Optional<Message> earlier = idempotencyKey == null ? Optional.empty() : messages.find(messageId);
        if (earlier.isEmpty()) {
            ConversationAccess.requireOpen(conversation);
        }
        Message reply = earlier.orElseGet(() -> outbound.store(Message.reply(messageId, conversationId,
                agent.workspaceId(), agent.agentId(), text, clock.instant(), outbound.emailThread(conversation))));
        if (!reply.conversationId().equals(conversationId)) {
            throw Problems.of(HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a reply in another conversation.");
        }
        outbound.send(conversation, reply);
        log.info("Agent {} replied in conversation {} with message {}", agent.agentId(), conversationId, reply.id());
        return reply;
    }

    private static String messageId(CurrentAgent agent, @Nullable String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        String name = "reply:" + agent.workspaceId() + ":" + agent.agentId() + ":" + idempotencyKey;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
