package dev.switchboard.notify.deadletter;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/dead-letters}: the parked replies of the caller's workspace, and replaying them. A replay is
 * accepted (202) once it is back on its channel's topic; its outcome arrives on {@code delivery-events}.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLetterController {

    private final AdminAccess access;
    private final DeadLetters deadLetters;

    DeadLetterController(AdminAccess access, DeadLetters deadLetters) {
        this.access = access;
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetterView> list(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization) {
        String workspaceId = access.require(authorization).workspaceId();
        return deadLetters.parked(workspaceId).stream().map(DeadLetterView::of).toList();
    }

    @PostMapping("/{messageId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetterView replay(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @PathVariable String messageId) {
        String workspaceId = access.require(authorization).workspaceId();
        return DeadLetterView.of(deadLetters.replay(workspaceId, messageId));
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Replayed replayAll(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization) {
        String workspaceId = access.require(authorization).workspaceId();
        return new Replayed(deadLetters.replayAll(workspaceId).stream().map(DeadLetterView::of).toList());
    }

    /** What a replay of everything requeued. */
    record Replayed(List<DeadLetterView> replayed) {
    }
}
