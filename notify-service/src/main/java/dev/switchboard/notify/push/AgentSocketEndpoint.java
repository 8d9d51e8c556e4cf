package dev.switchboard.notify.push;

import dev.switchboard.notify.security.AgentIdentity;
import dev.switchboard.notify.security.AgentTokenVerifier;
import dev.switchboard.notify.socket.SocketEndpoints;
import dev.switchboard.notify.socket.SocketProperties;
import dev.switchboard.notify.socket.SocketRegistry;
import dev.switchboard.notify.socket.TokenHandshake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

/** {@code /ws/agent?access_token=...}: where an agent's UI listens for its conversations, one socket per tab. */
@Configuration(proxyBeanMethods = false)
class AgentSocketEndpoint {

    static final String PATH = "/ws/agent";

    @Bean
    SocketRegistry<AgentKey> agentSockets() {
        return new SocketRegistry<>();
    }

    @Bean
    WebSocketConfigurer agentSocketConfigurer(SocketRegistry<AgentKey> agentSockets, AgentTokenVerifier tokens,
            SocketProperties properties) {
        return SocketEndpoints.endpoint(PATH, agentSockets, AgentIdentity.class,
                uri -> TokenHandshake.queryParam(uri, "access_token").flatMap(tokens::verify), AgentKey::of,
                properties);
    }
}
