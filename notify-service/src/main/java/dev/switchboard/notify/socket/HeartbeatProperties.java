package dev.switchboard.notify.socket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often open connections are checked for life: a WebSocket is pinged every {@code interval} and closed if it has
 * not answered within {@code timeout}; an SSE stream gets a comment every {@code interval} (a dead one fails the
 * write). 25 s stays under the idle timeouts of common proxies and load balancers (often 30 to 60 s).
 */
@ConfigurationProperties("switchboard.notify.push.heartbeat")
public record HeartbeatProperties(@DefaultValue("25s") Duration interval, @DefaultValue("10s") Duration timeout) {
}
