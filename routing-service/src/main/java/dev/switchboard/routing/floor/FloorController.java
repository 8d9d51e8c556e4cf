package dev.switchboard.routing.floor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/routing/{workspaceId}/floor} for a supervisor of that workspace. Another workspace's floor is
 * "not found" rather than "forbidden", so a token never learns which workspaces exist.
 */
@RestController
class FloorController {

    private final SupervisorTokens tokens;
    private final FloorOwners owners;

    FloorController(SupervisorTokens tokens, FloorOwners owners) {
        this.tokens = tokens;
        this.owners = owners;
    }

    @GetMapping("/api/v1/routing/{workspaceId}/floor")
    ResponseEntity<?> floor(@PathVariable String workspaceId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestHeader(name = FloorOwners.FORWARDED_BY, required = false) @Nullable String forwardedBy) {
        SupervisorTokens.Caller caller = tokens.verify(authorization);
        if (!caller.workspaceId().equals(workspaceId)) {
            throw FloorProblems.workspaceNotFound();
        }
        if (!caller.supervisor()) {
            throw FloorProblems.supervisorsOnly();
        }
        return owners.floor(workspaceId, authorization, forwardedBy != null);
    }
}
