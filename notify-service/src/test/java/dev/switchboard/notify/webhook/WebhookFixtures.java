package dev.switchboard.notify.webhook;

import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.UUID;

/** Events of fresh workspaces and conversations, so that no two tests ever see each other's deliveries. */
final class WebhookFixtures {

    static final String OPENED = "dev.switchboard.conversation.opened.v1";
    static final String RESOLVED = "dev.switchboard.conversation.resolved.v1";
    static final String DELIVERED = "dev.switchboard.delivery.delivered.v1";

    private WebhookFixtures() {
    }

    static String workspace() {
        return "ws-" + UUID.randomUUID();
    }

    static String conversation() {
        return UUID.randomUUID().toString();
    }

    static ConversationOpened opened(String workspaceId, String conversationId) {
        return new ConversationOpened(UUID.randomUUID(), Instant.now(), workspaceId, conversationId, "demo-webchat",
                Channel.WEBCHAT, "contact-" + conversationId, "visitor-7", Priority.NORMAL);
    }

    static ConversationResolved resolved(String workspaceId, String conversationId) {
        return new ConversationResolved(UUID.randomUUID(), Instant.now(), workspaceId, conversationId, "alice");
    }

    static MessageDelivered delivered(String workspaceId, String conversationId) {
        return new MessageDelivered(UUID.randomUUID(), Instant.now(), workspaceId, conversationId,
                UUID.randomUUID().toString(), Channel.WEBCHAT, null);
    }
}
