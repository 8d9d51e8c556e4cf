package dev.switchboard.conversation.agent;

import dev.switchboard.conversation.presence.AgentStatus;
import dev.switchboard.conversation.presence.AgentStatuses;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.Presence;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the signed-in agent see and choose their status (online, away or offline; shown OFFLINE with reason
 * DISCONNECTED while none of their UI clients is connected), and a supervisor set an agent's routing profile.
 */
@RestController
class AgentStatusController {

    private static final String ME = "/api/v1/agents/me/status";

    private final AgentStatuses statuses;
    private final AgentProfiles profiles;

    AgentStatusController(AgentStatuses statuses, AgentProfiles profiles) {
        this.statuses = statuses;
        this.profiles = profiles;
    }

    @GetMapping(ME)
    AgentStatus current(CurrentAgent me) {
        return statuses.current(me.workspaceId(), me.agentId()).orElseThrow(AgentStatusController::gone);
    }

    @PutMapping(ME)
    AgentStatus change(CurrentAgent me, @Valid @RequestBody StatusRequest request) {
        return statuses.choose(me.workspaceId(), me.agentId(), Presence.valueOf(request.status()))
                .orElseThrow(AgentStatusController::gone);
    }

    @PutMapping("/api/v1/agents/{agentId}/profile")
    AgentProfile profile(CurrentAgent me, @PathVariable String agentId, @Valid @RequestBody ProfileRequest request) {
        return profiles.change(me, agentId, request.toProfile());
    }

    private static ErrorResponseException gone() {
        return Problems.of(HttpStatus.NOT_FOUND, "agent-not-found", "Agent not found",
                "Your agent account no longer exists.");
    }
}
