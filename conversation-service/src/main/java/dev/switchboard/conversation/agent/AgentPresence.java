package dev.switchboard.conversation.agent;

import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Presence;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** An agent announces their presence: stored, then told to routing so it can hand them conversations (or take them back). */
@Service
class AgentPresence {

    private static final Logger log = LoggerFactory.getLogger(AgentPresence.class);

    private final AgentRepository agents;
    private final EventPublisher publisher;
    private final Clock clock;

    AgentPresence(AgentRepository agents, EventPublisher publisher, Clock clock) {
        this.agents = agents;
        this.publisher = publisher;
        this.clock = clock;
    }

    Agent change(CurrentAgent me, Presence status) {
        Agent agent = agents.changeStatus(me.workspaceId(), me.agentId(), status)
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "agent-not-found", "Agent not found",
                        "Your agent account no longer exists."));
        publisher.publish(new AgentPresenceChanged(UUID.randomUUID(), clock.instant(), agent.workspaceId(),
                agent.id(), status, agent.capacity()));
        log.info("Agent {} is now {}", agent.id(), status);
        return agent;
    }
}
