package dev.switchboard.notify.socket;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

/**
 * Every socket endpoint the same way: a token handshake that refuses with 401 before the upgrade, the allowed-origin
 * policy, and registration of the open socket under its owner. An endpoint only says how it authenticates.
 */
public final class SocketEndpoints {

    private SocketEndpoints() {
    }

    /**
     * @param authenticate the identity a handshake's URI proves (its token verified), or empty to refuse it
     * @param ownerOf the registry key a verified identity's sockets are kept under
     */
    public static <I, K> WebSocketConfigurer endpoint(String path, SocketRegistry<K> registry, Class<I> identityType,
            Function<URI, Optional<I>> authenticate, Function<I, K> ownerOf, SocketProperties properties) {
        return endpoint(path, registry, identityType, authenticate, ownerOf, properties, SocketListener.none());
    }

    /** The same, telling {@code listener} of every socket opened and closed. */
    public static <I, K> WebSocketConfigurer endpoint(String path, SocketRegistry<K> registry, Class<I> identityType,
            Function<URI, Optional<I>> authenticate, Function<I, K> ownerOf, SocketProperties properties,
            SocketListener<I> listener) {
        var handshake = new TokenHandshake<>(authenticate);
        var handler = new RegisteredSocketHandler<>(registry, identityType, ownerOf, properties, listener);
        return sockets -> sockets.addHandler(handler, path)
                .addInterceptors(handshake)
                .setAllowedOriginPatterns(properties.allowedOriginPatterns());
    }
}
