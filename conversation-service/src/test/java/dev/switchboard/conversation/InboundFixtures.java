package dev.switchboard.conversation;

import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test events as ingest-service and routing-service would publish them, each with fresh ids. */
final class InboundFixtures {

    static final String WORKSPACE = "demo";
    static final String INBOX = "demo-webchat";

    private InboundFixtures() {
    }

    /** A visitor handle no other test uses, so each test owns its thread. */
    static String uniqueHandle() {
        return "visitor-" + UUID.randomUUID();
    }

    static MessageReceived webchatMessage(String handle, String text) {
        String clientId = UUID.randomUUID().toString();
        return new MessageReceived(UUID.randomUUID(), Instant.now(), WORKSPACE, INBOX, Channel.WEBCHAT,
                UUID.randomUUID().toString(), clientId, new Sender(handle, "Ana"), text, List.of(), null);
    }

    static ConversationRouted routed(String conversationId, String agentId) {
        return new ConversationRouted(UUID.randomUUID(), Instant.now(), WORKSPACE, conversationId, agentId, 1, 6);
    }

    static ConversationQueued requeued(String conversationId, String previousAgentId) {
        return new ConversationQueued(UUID.randomUUID(), Instant.now(), WORKSPACE, conversationId, 1,
                previousAgentId);
    }
}
