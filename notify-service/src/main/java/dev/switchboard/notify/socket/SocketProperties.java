package dev.switchboard.notify.socket;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How sockets may be opened and how far a client may fall behind before it is closed rather than waited on.
 *
 * @param allowedOrigins browser origin patterns allowed to open sockets (clients sending no Origin are allowed)
 * @param sendTimeLimit the longest one write to a client may take before the client is dropped
 * @param sendBufferLimit the most unsent data buffered for one client before it is dropped
 */
@ConfigurationProperties("switchboard.notify")
public record SocketProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("5s") Duration sendTimeLimit,
        @DefaultValue("512KB") DataSize sendBufferLimit) {

    public String[] allowedOriginPatterns() {
        return allowedOrigins.toArray(String[]::new);
    }
}
