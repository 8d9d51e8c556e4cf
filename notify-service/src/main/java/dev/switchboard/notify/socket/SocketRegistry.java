package dev.switchboard.notify.socket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.springframework.web.socket.TextMessage;

/**
 * The sockets open on this instance, by whom they belong to (an agent, a visitor); one owner may hold several,
 * one per browser tab. Instance-local by design: events reach every instance, each writes to the sockets it holds.
 */
public final class SocketRegistry<K> {

    private final ConcurrentMap<K, Map<String, ClientSocket>> sockets = new ConcurrentHashMap<>();

    void add(K owner, ClientSocket socket) {
        sockets.compute(owner, (key, open) -> {
            Map<String, ClientSocket> held = open == null ? new ConcurrentHashMap<>() : open;
            held.put(socket.id(), socket);
            return held;
        });
    }

    void remove(K owner, String socketId) {
        sockets.computeIfPresent(owner, (key, open) -> {
            open.remove(socketId);
            return open.isEmpty() ? null : open;
        });
    }

    /** Every open socket, whoever holds it: for the heartbeat. */
    void forEach(Consumer<ClientSocket> action) {
        sockets.values().forEach(open -> open.values().forEach(action));
    }

    public boolean holds(K owner) {
        return sockets.containsKey(owner);
    }

    /** Writes the frame to every socket of the owner; answers how many took it. */
    public int send(K owner, TextMessage frame) {
        Map<String, ClientSocket> open = sockets.get(owner);
        if (open == null) {
            return 0;
        }
        int sent = 0;
        for (ClientSocket socket : open.values()) {
            if (socket.send(frame)) {
                sent++;
            }
        }
        return sent;
    }
}
