package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-assign, transfer and supervisor assignment: each answers 202 with the id of the request routing will answer,
 * since only routing may change who holds what.
 */
@RestController
@RequestMapping("/api/v1/conversations/{id}")
class AssignmentController {

    /** Agent ids and team names as the directory spells them; nothing else (no operators) reaches a query or event. */
    static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final AssignmentRequests requests;

    AssignmentController(AssignmentRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/self-assign")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Requested selfAssign(CurrentAgent agent, @PathVariable String id) {
        return new Requested(requests.selfAssign(agent, id), id);
    }

    @PostMapping("/transfer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Requested transfer(CurrentAgent agent, @PathVariable String id, @Valid @RequestBody Transfer body) {
        return new Requested(requests.transfer(agent, id, body.toAgentId(), body.toTeam()), id);
    }

    @PostMapping("/assign")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Requested assign(CurrentAgent agent, @PathVariable String id, @Valid @RequestBody Assignment body) {
        return new Requested(requests.assign(agent, id, body.agentId(), Boolean.TRUE.equals(body.overCapacity())),
                id);
    }

    /** Neither named: whoever routing picks next, never the agent it leaves. */
    record Transfer(@Nullable @Pattern(regexp = NAME) String toAgentId,
            @Nullable @Pattern(regexp = NAME) String toTeam) {
    }

    record Assignment(@NotNull @Pattern(regexp = NAME) String agentId, @Nullable Boolean overCapacity) {
    }

    /** What the caller waits for: the decision on {@code conversation-assignments} whose requestId is this. */
    record Requested(UUID requestId, String conversationId) {
    }
}
