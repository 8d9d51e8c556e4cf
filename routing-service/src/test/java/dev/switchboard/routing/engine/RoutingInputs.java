package dev.switchboard.routing.engine;

import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.events.ReleaseReason;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builds routing inputs for one test workspace with fresh, readable event ids. */
final class RoutingInputs {

    static final String WORKSPACE = "demo";
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    private RoutingInputs() {
    }

    static AgentPresenceChanged online(String agentId, int capacity) {
        return presence(agentId, Presence.ONLINE, capacity);
    }

    static AgentPresenceChanged presence(String agentId, Presence presence, int capacity) {
        return new AgentPresenceChanged(nextId(), T0, WORKSPACE, agentId, presence, capacity);
    }

    static ConversationWaiting waiting(String conversationId) {
        return waiting(conversationId, Priority.NORMAL);
    }

    static ConversationWaiting waiting(String conversationId, Priority priority) {
        return new ConversationWaiting(nextId(), T0, WORKSPACE, conversationId, "demo-webchat", Channel.WEBCHAT,
                priority);
    }

    static ConversationReleased released(String conversationId, String agentId) {
        return new ConversationReleased(nextId(), T0, WORKSPACE, conversationId, agentId, ReleaseReason.RESOLVED);
    }

    private static UUID nextId() {
        return new UUID(0x5B0A_0000_0000_4000L, 0x8000_0000_0000_0000L | IDS.incrementAndGet());
    }
}
