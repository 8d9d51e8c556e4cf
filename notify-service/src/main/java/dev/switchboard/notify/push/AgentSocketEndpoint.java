package dev.switchboard.notify.push;

import dev.switchboard.notify.security.AgentIdentity;
import dev.switchboard.notify.security.AgentTokenVerifier;
import dev.switchboard.notify.socket.ClientSocket;
import dev.switchboard.notify.socket.SocketEndpoints;
import dev.switchboard.notify.socket.SocketListener;
import dev.switchboard.notify.socket.SocketProperties;
import dev.switchboard.notify.socket.SocketRegistry;
import dev.switchboard.notify.socket.TokenHandshake;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

/**
 * {@code /ws/agent?access_token=...[&resume=<position>]}: where an agent's UI listens for its conversations, one
 * socket per tab; a reconnecting tab passes the {@code position} of the last frame it saw and gets what it missed.
 */
@Configuration(proxyBeanMethods = false)
class AgentSocketEndpoint {

    static final String PATH = "/ws/agent";

    @Bean
    SocketRegistry<AgentKey> agentSockets() {
        return new SocketRegistry<>();
    }

    @Bean
    WebSocketConfigurer agentSocketConfigurer(SocketRegistry<AgentKey> agentSockets, AgentTokenVerifier tokens,
            SocketProperties properties, AgentStreams streams) {
        return SocketEndpoints.endpoint(PATH, agentSockets, AgentIdentity.class,
                uri -> TokenHandshake.queryParam(uri, "access_token").flatMap(tokens::verify), AgentKey::of,
                properties, new StreamOpener(streams));
    }

    /** Gives each agent socket its stream, resumed from the handshake's {@code resume} position if it has one. */
    private record StreamOpener(AgentStreams streams) implements SocketListener<AgentIdentity> {

        @Override
        public void opened(AgentIdentity agent, URI handshake, ClientSocket socket) {
            streams.open(agent, socket.id(), TokenHandshake.queryParam(handshake, "resume").orElse(null),
                    new SocketSink(socket));
        }

        @Override
        public void closed(AgentIdentity agent, ClientSocket socket) {
            streams.close(agent, socket.id());
        }
    }

    private record SocketSink(ClientSocket socket) implements FrameSink {

        @Override
        public boolean send(PushFrame frame) {
            return socket.send(new TextMessage(frame.json()));
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
