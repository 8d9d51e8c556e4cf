package dev.switchboard.conversation.message;

import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationRepository;
import dev.switchboard.conversation.messaging.OutboxRelay;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ThreadHints;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How a message to the customer leaves, whoever wrote it (an agent's reply, Switchboard's own auto-reply): stored
 * once by its id together with its events ({@code MessageAppended}, and {@code AgentReplied} on
 * {@code outbound-<channel>} for delivery), then relayed from that outbox; ids derive from the message, so sending
 * it again stores nothing new and relays only what a crash left unsent.
 */
@Component
public class OutboundMessages {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final OutboxRelay relay;

    OutboundMessages(ConversationRepository conversations, MessageRepository messages, OutboxRelay relay) {
        this.conversations = conversations;
        this.messages = messages;
        this.relay = relay;
    }

    /** For email, the headers that thread a message under the customer's latest mail; null on other channels. */
    public @Nullable ThreadHints emailThread(Conversation conversation) {
        if (conversation.channel() != Channel.EMAIL) {
            return null;
        }
        return messages.latestInbound(conversation.workspaceId(), conversation.id())
                .map(Message::threadHints)
                .map(EmailThread::replyTo)
                .orElse(null);
    }

    /**
     * Stores {@code message} with its events unless its id is taken, then relays whatever its outbox still holds.
     *
     * @return what is stored under the message's id: {@code message}, or the one an earlier attempt stored
     */
    public Message send(Conversation conversation, Message message) {
        Message stored = store(conversation, message);
        relay.flush(OutboxRelay.MESSAGES, stored.id());
        return stored;
    }

    private Message store(Conversation conversation, Message message) {
        if (!messages.insert(message, ReplyEvents.of(conversation, message))) {
            return messages.find(message.id()).orElseThrow();
        }
        conversations.touch(message.conversationId(), message.createdAt());
        return message;
    }
}
