package dev.switchboard.notify.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much a reconnecting client may catch up on before it is told to reload instead.
 *
 * @param maxBacklog the most records read back for one reconnect (and live events held meanwhile); more: resync
 * @param maxWait the longest a catch-up may take, offsets and reading included; longer: resync
 * @param concurrency catch-ups running at once (each a short-lived Kafka consumer); others wait their turn
 */
@ConfigurationProperties("switchboard.notify.push.resume")
record ResumeProperties(@DefaultValue("10000") int maxBacklog, @DefaultValue("10s") Duration maxWait,
        @DefaultValue("4") int concurrency) {
}
