package dev.switchboard.notify.socket;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;

/** Turns on Spring's servlet WebSocket support once; each feature registers its own endpoint as a configurer bean. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketSupport {
}
