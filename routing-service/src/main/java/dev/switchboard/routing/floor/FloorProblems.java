package dev.switchboard.routing.floor;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problem details with a stable type for every way a floor request can fail. */
final class FloorProblems {

    private FloorProblems() {
    }

    static ErrorResponseException unauthenticated() {
        return of(HttpStatus.UNAUTHORIZED, "unauthenticated", "A valid agent token is required.");
    }

    static ErrorResponseException supervisorsOnly() {
        return of(HttpStatus.FORBIDDEN, "supervisor-only", "Only a supervisor may watch the floor.");
    }

    static ErrorResponseException workspaceNotFound() {
        return of(HttpStatus.NOT_FOUND, "workspace-not-found", "Routing knows no agent or conversation of this "
                + "workspace.");
    }

    static ErrorResponseException unavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "routing-state-unavailable",
                "Routing state is being restored or rebalanced; retry shortly.");
    }

    private static ErrorResponseException of(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://switchboard.dev/problems/" + slug));
        return new ErrorResponseException(status, problem, null);
    }
}
