package dev.switchboard.notify.socket;

import java.util.Objects;
import java.util.function.Function;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Keeps the registry in step with the sockets that passed a {@link TokenHandshake}: added when opened, removed (once)
 * when closed by either side, their pongs noted for the heartbeat. These sockets only carry events to the client; what a client writes is
 * ignored.
 */
final class RegisteredSocketHandler<I, K> extends TextWebSocketHandler {

    private static final String SOCKET = RegisteredSocketHandler.class.getName() + ".socket";

    private final SocketRegistry<K> registry;
    private final Class<I> identityType;
    private final Function<I, K> ownerOf;
    private final SocketProperties limits;
    private final SocketListener<I> listener;

    RegisteredSocketHandler(SocketRegistry<K> registry, Class<I> identityType, Function<I, K> ownerOf,
            SocketProperties limits, SocketListener<I> listener) {
        this.registry = registry;
        this.identityType = identityType;
        this.ownerOf = ownerOf;
        this.limits = limits;
        this.listener = listener;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        I identity = identityOf(session);
        K owner = ownerOf.apply(identity);
        ClientSocket socket = ClientSocket.bounded(session, limits, ended -> {
            registry.remove(owner, ended.id());
            listener.closed(identity, ended);
        });
        session.getAttributes().put(SOCKET, socket);
        registry.add(owner, socket);
        listener.opened(identity, Objects.requireNonNull(session.getUri(), "handshake URI"), socket);
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        if (session.getAttributes().get(SOCKET) instanceof ClientSocket socket) {
            socket.ponged();
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (session.getAttributes().get(SOCKET) instanceof ClientSocket socket) {
            socket.ended();
        }
    }

    private I identityOf(WebSocketSession session) {
        return identityType.cast(session.getAttributes().get(TokenHandshake.IDENTITY));
    }
}
