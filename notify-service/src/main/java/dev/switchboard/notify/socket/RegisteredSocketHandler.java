package dev.switchboard.notify.socket;

import java.util.function.Function;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Keeps the registry in step with the sockets that passed a {@link TokenHandshake}: added when opened, removed when
 * closed. These sockets only carry events to the client; what a client writes is ignored.
 */
final class RegisteredSocketHandler<I, K> extends TextWebSocketHandler {

    private final SocketRegistry<K> registry;
    private final Class<I> identityType;
    private final Function<I, K> ownerOf;
    private final SocketProperties limits;

    RegisteredSocketHandler(SocketRegistry<K> registry, Class<I> identityType, Function<I, K> ownerOf,
            SocketProperties limits) {
        this.registry = registry;
        this.identityType = identityType;
        this.ownerOf = ownerOf;
        this.limits = limits;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        registry.add(ownerOf(session), ClientSocket.bounded(session, limits));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        registry.remove(ownerOf(session), session.getId());
    }

    private K ownerOf(WebSocketSession session) {
        return ownerOf.apply(identityType.cast(session.getAttributes().get(TokenHandshake.IDENTITY)));
    }
}
