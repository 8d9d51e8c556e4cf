package dev.switchboard.conversation;

import dev.switchboard.events.AssignmentReason;
import dev.switchboard.events.AssignmentRejected;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.ConversationUnassigned;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.RejectionReason;
import dev.switchboard.events.RoutingStrategy;
import dev.switchboard.events.Sender;
import dev.switchboard.events.UnassignmentReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        return webchatMessageAt(handle, text, Instant.now());
    }

    /** A message accepted at {@code at}: conversations it opens wait since then, so tests can make equal keys. */
    static MessageReceived webchatMessageAt(String handle, String text, Instant at) {
        return webchatMessage(WORKSPACE, handle, text, at);
    }

    /** A message accepted eight days from now: past the default seven-day reopen window of one resolved now. */
    static MessageReceived webchatMessageAfterReopenWindow(String handle, String text) {
        return webchatMessageAt(handle, text, Instant.now().plus(Duration.ofDays(8)));
    }

    /** A web chat message to another workspace, accepted by ingest at {@code at}. */
    static MessageReceived webchatMessage(String workspaceId, String handle, String text, Instant at) {
        String clientId = UUID.randomUUID().toString();
        return new MessageReceived(UUID.randomUUID(), at, workspaceId, INBOX, Channel.WEBCHAT,
                UUID.randomUUID().toString(), clientId, MessageReceived.threadOf(workspaceId, INBOX, handle),
                new Sender(handle, "Ana"), text, List.of(), null, null, Map.of());
    }

    static ConversationRouted routed(String conversationId, String agentId) {
        return routed(WORKSPACE, conversationId, agentId);
    }

    static ConversationRouted routed(String workspaceId, String conversationId, String agentId) {
        return new ConversationRouted(UUID.randomUUID(), Instant.now(), workspaceId, conversationId, agentId, 1.0, 6,
                null, AssignmentReason.AUTO, RoutingStrategy.LEAST_LOADED, List.of(), false, null);
    }

    static ConversationUnassigned unassigned(String conversationId, String previousAgentId) {
        return new ConversationUnassigned(UUID.randomUUID(), Instant.now(), WORKSPACE, conversationId,
                previousAgentId, UnassignmentReason.AGENT_OFFLINE, 1, 1, null, null);
    }

    static ConversationQueued queued(String conversationId, int position, int queueLength) {
        return new ConversationQueued(UUID.randomUUID(), Instant.now(), WORKSPACE, conversationId, queueLength, null,
                position, 45L, UUID.randomUUID());
    }

    static AssignmentRejected rejected(String conversationId, String agentId) {
        return new AssignmentRejected(UUID.randomUUID(), Instant.now(), WORKSPACE, conversationId, agentId,
                RejectionReason.OVER_CAPACITY, UUID.randomUUID());
    }
}
