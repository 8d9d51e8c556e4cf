package dev.switchboard.notify.delivery.webchat;

import com.mongodb.client.MongoDatabase;
import dev.switchboard.notify.presence.LiveInstances;
import dev.switchboard.notify.security.VisitorIdentity;
import dev.switchboard.notify.security.VisitorTokenVerifier;
import dev.switchboard.notify.socket.SocketEndpoints;
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
    ShownReplies shownReplies() {
        return new ShownReplies();
    }

    @Bean
    VisitorWidgets visitorWidgets(SocketRegistry<VisitorKey> visitorSockets, LiveInstances instances,
            ShownReplies shownReplies, MongoDatabase database) {
        return new VisitorWidgets(visitorSockets, instances, shownReplies, database);
    }

    @Bean
    WebSocketConfigurer webchatSocketConfigurer(SocketRegistry<VisitorKey> visitorSockets, VisitorTokenVerifier tokens,
            SocketProperties properties, VisitorWidgets visitorWidgets) {
        return SocketEndpoints.endpoint(PATH, visitorSockets, VisitorIdentity.class,
                uri -> TokenHandshake.queryParam(uri, "token")
                        .flatMap(token -> tokens.verify(token, TokenHandshake.lastPathSegment(uri))),
                VisitorKey::of, properties, visitorWidgets);
    }
}
