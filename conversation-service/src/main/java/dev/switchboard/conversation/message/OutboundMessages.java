package dev.switchboard.conversation.message;

import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationRepository;
import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ThreadHints;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How a message to the customer leaves, whoever wrote it (an agent's reply, Switchboard's own auto-reply): stored
 * once by its id, then announced ({@code MessageAppended}) and handed to delivery on the customer's channel
 * ({@code AgentReplied} on {@code outbound-<channel>}), under ids derived from the message so a retry repeats them.
 */
@Component
public class OutboundMessages {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final EventPublisher publisher;

    OutboundMessages(ConversationRepository conversations, MessageRepository messages, EventPublisher publisher) {
        this.conversations = conversations;
        this.messages = messages;
        this.publisher = publisher;
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

    /** Stores {@code message} unless its id is taken; answers what is stored under that id. */
    public Message store(Message message) {
        if (!messages.insert(message)) {
            return messages.find(message.id()).orElseThrow();
        }
        conversations.touch(message.conversationId(), message.createdAt());
        return message;
    }

    /** Announces the stored message and hands it to delivery (again, with the same ids, on a retry). */
    public void send(Conversation conversation, Message stored) {
        ReplyEvents.of(conversation, stored).forEach(publisher::publish);
    }
}
