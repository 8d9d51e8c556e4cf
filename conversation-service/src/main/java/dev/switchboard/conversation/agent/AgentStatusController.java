package dev.switchboard.conversation.agent;

import dev.switchboard.events.Presence;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lets the signed-in agent go online, away or offline, and a supervisor set an agent's routing profile. */
@RestController
class AgentStatusController {

    private final AgentPresence presence;
    private final AgentProfiles profiles;

    AgentStatusController(AgentPresence presence, AgentProfiles profiles) {
        this.presence = presence;
        this.profiles = profiles;
    }

    @PutMapping("/api/v1/agents/me/status")
    StatusView change(CurrentAgent me, @Valid @RequestBody StatusRequest request) {
        Agent agent = presence.change(me, Presence.valueOf(request.status()));
        return new StatusView(agent.id(), agent.status(), agent.capacity());
    }

    @PutMapping("/api/v1/agents/{agentId}/profile")
    AgentProfile profile(CurrentAgent me, @PathVariable String agentId, @Valid @RequestBody ProfileRequest request) {
        return profiles.change(me, agentId, request.toProfile());
    }
}
