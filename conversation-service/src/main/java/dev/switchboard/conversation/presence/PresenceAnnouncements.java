package dev.switchboard.conversation.presence;

import dev.switchboard.conversation.conversation.EventIds;
import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.AgentStatusChanged;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells routing an agent's stored status, and subscribers of the public topic when the status or its reason moved
 * ({@code agent.status-changed}), then marks it told. Event ids derive from the agent and the stored version, so
 * telling it again (a failed publication retried by the sweep) is the same event, which routing applies harmlessly
 * (a second OFFLINE keeps the first hand-back time) and subscribers drop by its id.
 */
@Component
class PresenceAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(PresenceAnnouncements.class);

    private final EventPublisher publisher;
    private final PresenceStore store;

    PresenceAnnouncements(EventPublisher publisher, PresenceStore store) {
        this.publisher = publisher;
        this.store = store;
    }

    void announce(StoredPresence presence) {
        PresenceState state = presence.state();
        publisher.publish(new AgentPresenceChanged(idOf(presence, "presence"), presence.changedAt(),
                presence.workspaceId(), presence.agentId(), state.status(), presence.capacity(), state.reason()));
        if (presence.statusChanged()) {
            publisher.publish(new AgentStatusChanged(idOf(presence, "status-changed"), presence.changedAt(),
                    presence.workspaceId(), presence.agentId(), state.status(), state.reason()));
        }
        store.announced(presence);
        log.info("Agent {} is now {} ({})", presence.agentId(), state.status(), state.reason());
    }

    private static UUID idOf(StoredPresence presence, String fact) {
        return EventIds.derived(presence.workspaceId() + "/" + presence.agentId() + "/" + presence.version(), fact);
    }
}
