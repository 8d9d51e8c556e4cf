package dev.switchboard.notify.sse;

import dev.switchboard.notify.security.AgentIdentity;
import dev.switchboard.notify.security.AgentTokenVerifier;
import dev.switchboard.notify.socket.TokenHandshake;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /sse/agent}: the agent's live events as Server-Sent Events ({@code id:} = position, {@code event:} =
 * CloudEvents type, {@code data:} = the CloudEvent), for clients that prefer plain HTTP. The agent's token comes as
 * {@code Authorization: Bearer} or, since EventSource cannot set headers, as {@code access_token}; EventSource's own
 * {@code Last-Event-ID} (or {@code resume}) resumes after the last event the client saw.
 */
@RestController
class AgentEventSource {

    static final String PATH = "/sse/agent";
    private static final String BEARER = "Bearer ";

    private final AgentTokenVerifier tokens;
    private final SseConnections connections;

    AgentEventSource(AgentTokenVerifier tokens, SseConnections connections) {
        this.tokens = tokens;
        this.connections = connections;
    }

    @GetMapping(PATH)
    SseEmitter stream(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestParam(name = "access_token", required = false) @Nullable String accessToken,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            @RequestParam(name = "resume", required = false) @Nullable String resume) {
        String token = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()) : accessToken;
        AgentIdentity agent = tokens.verify(token).orElseThrow(InvalidToken::new);
        return connections.open(agent, lastEventId != null && !lastEventId.isBlank() ? lastEventId : resume);
    }

    /** Set as the response's content type, so it holds whatever the client said it accepts (text/event-stream). */
    @ExceptionHandler(InvalidToken.class)
    ResponseEntity<ProblemDetail> refuse(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(TokenHandshake.invalidToken(request.getRequestURI()));
    }

    /** No valid agent token on the request. */
    static final class InvalidToken extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidToken() {
            super("no valid agent token", null, false, false);
        }
    }
}
