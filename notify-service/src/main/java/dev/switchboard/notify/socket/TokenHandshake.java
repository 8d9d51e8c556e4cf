package dev.switchboard.notify.socket;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses the upgrade (401 problem detail, no socket) unless the request carries a valid token, and hands the
 * verified identity to the socket handler. Browsers cannot set headers on a WebSocket, hence the query parameter.
 */
public final class TokenHandshake<I> implements HandshakeInterceptor {

    static final String IDENTITY = TokenHandshake.class.getName() + ".identity";
    private static final URI INVALID_TOKEN = URI.create("https://switchboard.dev/problems/invalid-token");
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private final Function<URI, Optional<I>> authenticate;

    /** @param authenticate the identity the request URI's token proves, if any */
    public TokenHandshake(Function<URI, Optional<I>> authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws Exception {
        Optional<I> identity = authenticate.apply(request.getURI());
        if (identity.isPresent()) {
            attributes.put(IDENTITY, identity.get());
            return true;
        }
        ProblemDetail problem = invalidToken(request.getURI().getRawPath());
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(JSON.writeValueAsBytes(problem));
        return false;
    }

    /** The 401 every live-event endpoint answers a missing, forged or expired token with. */
    public static ProblemDetail invalidToken(String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "A valid, unexpired token for this connection is required.");
        problem.setType(INVALID_TOKEN);
        problem.setTitle("Invalid token");
        problem.setInstance(URI.create(path));
        return problem;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
        // nothing to undo: the identity lives in the socket's attributes
    }

    public static Optional<String> queryParam(URI uri, String name) {
        String raw = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
        return Optional.ofNullable(raw).map(value -> UriUtils.decode(value, StandardCharsets.UTF_8));
    }

    public static String lastPathSegment(URI uri) {
        List<String> segments = UriComponentsBuilder.fromUri(uri).build().getPathSegments();
        return segments.isEmpty() ? "" : UriUtils.decode(segments.get(segments.size() - 1), StandardCharsets.UTF_8);
    }
}
