package dev.switchboard.notify.delivery.webchat;

import dev.switchboard.notify.security.VisitorIdentity;
import dev.switchboard.notify.security.VisitorTokenVerifier;
import dev.switchboard.notify.socket.RegisteredSocketHandler;
import dev.switchboard.notify.socket.SocketProperties;
import dev.switchboard.notify.socket.SocketRegistry;
import dev.switchboard.notify.socket.TokenHandshake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

/** {@code /ws/webchat/{inboxId}?token=...}: where the web chat widget listens for agents' replies. */
@Configuration(proxyBeanMethods = false)
class WebchatSocketEndpoint {

    static final String PATH = "/ws/webchat/*";

    @Bean
    SocketRegistry<VisitorKey> visitorSockets() {
        return new SocketRegistry<>();
    }

    @Bean
    WebSocketConfigurer webchatSocketConfigurer(SocketRegistry<VisitorKey> visitorSockets, VisitorTokenVerifier tokens,
            SocketProperties properties) {
        var handshake = new TokenHandshake<VisitorIdentity>(uri -> TokenHandshake.queryParam(uri, "token")
                .flatMap(token -> tokens.verify(token, TokenHandshake.lastPathSegment(uri))));
        var handler = new RegisteredSocketHandler<>(visitorSockets, VisitorIdentity.class, VisitorKey::of,
                properties);
        return registry -> registry.addHandler(handler, PATH)
                .addInterceptors(handshake)
                .setAllowedOriginPatterns(properties.allowedOriginPatterns());
    }
}
