package dev.switchboard.conversation.agent;

import dev.switchboard.conversation.messaging.EventPublisher;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.AgentProfileChanged;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Supervisors (and admins) manage the directory's routing profiles: a change is stored, then told to routing, which
 * applies it to the next decision (a lowered capacity never takes conversations away; it only stops new ones until the
 * load fits). Supervisors keep this right because capacities, teams and skills are live-floor decisions.
 */
@Service
class AgentProfiles {

    private static final Logger log = LoggerFactory.getLogger(AgentProfiles.class);

    private final AgentRepository agents;
    private final EventPublisher publisher;
    private final Clock clock;

    AgentProfiles(AgentRepository agents, EventPublisher publisher, Clock clock) {
        this.agents = agents;
        this.publisher = publisher;
        this.clock = clock;
    }

    AgentProfile change(CurrentAgent supervisor, String agentId, AgentProfile profile) {
        if (!supervisor.isSupervisor()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "supervisor-only", "Supervisors only",
                    "Only a supervisor or an admin may change an agent's routing profile.");
        }
        agents.changeProfile(supervisor.workspaceId(), agentId, profile)
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "agent-not-found", "Agent not found",
                        "No agent " + agentId + " in your workspace."));
        publisher.publish(new AgentProfileChanged(UUID.randomUUID(), clock.instant(), supervisor.workspaceId(),
                agentId, profile.capacity(), profile.channelWeights(), profile.teams(), profile.skills()));
        log.info("Supervisor {} changed the routing profile of agent {}", supervisor.agentId(), agentId);
        return profile;
    }
}
