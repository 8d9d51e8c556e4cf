package dev.switchboard.routing.floor;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser origins (patterns such as {@code https://console.example.com}) whose pages may read the floor: the agent
 * console is served by conversation-service, another origin. None by default.
 */
@ConfigurationProperties("switchboard.routing.floor")
record FloorCorsProperties(@DefaultValue List<String> allowedOrigins) {
}
