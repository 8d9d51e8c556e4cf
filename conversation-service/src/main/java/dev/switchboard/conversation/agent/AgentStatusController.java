package dev.switchboard.conversation.agent;

import dev.switchboard.events.Presence;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lets the signed-in agent go online, away or offline. */
@RestController
class AgentStatusController {

    private final AgentPresence presence;

    AgentStatusController(AgentPresence presence) {
        this.presence = presence;
    }

    @PutMapping("/api/v1/agents/me/status")
    StatusView change(CurrentAgent me, @Valid @RequestBody StatusRequest request) {
        Agent agent = presence.change(me, Presence.valueOf(request.status()));
        return new StatusView(agent.id(), agent.status(), agent.capacity());
    }
}
