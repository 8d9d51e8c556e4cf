package dev.switchboard.notify.socket;

import java.net.URI;

/** What an endpoint does beyond registering its sockets: told of each socket opened and closed, with its identity. */
public interface SocketListener<I> {

    /** @param handshake the URI the client connected with (its query carries e.g. a resume position) */
    void opened(I identity, URI handshake, ClientSocket socket);

    void closed(I identity, ClientSocket socket);

    static <I> SocketListener<I> none() {
        return new SocketListener<>() {
            @Override
            public void opened(I identity, URI handshake, ClientSocket socket) {
                // registration in the registry is all
            }

            @Override
            public void closed(I identity, ClientSocket socket) {
                // removal from the registry is all
            }
        };
    }
}
