package dev.switchboard.ingest.webchat;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.Inboxes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks the visitor's bearer token before the message body is read, so an unauthenticated caller learns nothing
 * about body validation; the verified claims travel on as a request attribute.
 */
@Component
class VisitorAuthentication implements HandlerInterceptor {

    static final String CLAIMS = "dev.switchboard.ingest.webchat.visitorClaims";
    private static final String BEARER = "Bearer ";

    private final Inboxes inboxes;
    private final VisitorTokens tokens;

    VisitorAuthentication(Inboxes inboxes, VisitorTokens tokens) {
        this.inboxes = inboxes;
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Inbox inbox = inboxes.require(inboxId(request), Channel.WEBCHAT);
        request.setAttribute(CLAIMS, tokens.verify(bearerToken(request), inbox));
        return true;
    }

    private static String inboxId(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object inboxId = variables instanceof Map<?, ?> map ? map.get("inboxId") : null;
        return inboxId == null ? "" : inboxId.toString();
    }

    private static @Nullable String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).trim();
    }
}
