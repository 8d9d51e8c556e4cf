package dev.switchboard.conversation.message;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationAccess;
import dev.switchboard.conversation.conversation.ConversationRepository;
import dev.switchboard.conversation.messaging.OutboxRelay;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ThreadHints;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An agent answers a customer: the reply is stored with its events (announced, and handed to delivery), then
 * relayed. With an {@code Idempotency-Key} a client's retry finds the stored reply and answers it again, relaying
 * only what a crash left unsent; never a second message.
 */
@Service
class ReplyToConversation {

    private static final Logger log = LoggerFactory.getLogger(ReplyToConversation.class);

    private final ConversationAccess access;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final OutboxRelay relay;
    private final Clock clock;

    ReplyToConversation(ConversationAccess access, ConversationRepository conversations, MessageRepository messages,
            OutboxRelay relay, Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.messages = messages;
        this.relay = relay;
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
        Message reply = earlier.orElseGet(() -> store(conversation, Message.reply(messageId, conversationId,
                agent.workspaceId(), agent.agentId(), text, clock.instant(), emailThread(conversation))));
        relay.flush(OutboxRelay.MESSAGES, reply.id());
        log.info("Agent {} replied in conversation {} with message {}", agent.agentId(), conversationId, reply.id());
        return reply;
    }

    /** For email, the headers that thread the reply under the customer's latest mail; null on other channels. */
    private @Nullable ThreadHints emailThread(Conversation conversation) {
        if (conversation.channel() != Channel.EMAIL) {
            return null;
        }
        return messages.latestInbound(conversation.workspaceId(), conversation.id())
                .map(Message::threadHints)
                .map(EmailThread::replyTo)
                .orElse(null);
    }

    private Message store(Conversation conversation, Message reply) {
        if (!messages.insert(reply, ReplyEvents.of(conversation, reply))) {
            return messages.find(reply.id()).orElseThrow();
        }
        conversations.touch(reply.conversationId(), reply.createdAt());
        return reply;
    }
}
