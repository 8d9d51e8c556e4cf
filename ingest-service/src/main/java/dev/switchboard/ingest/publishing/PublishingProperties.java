package dev.switchboard.ingest.publishing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How long and how many at once a request may wait for Kafka, and when to stop trying
 * ({@code switchboard.ingest.publishing.*}).
 *
 * @param timeout the longest a request waits for the broker's acknowledgement before answering 503 (8 s: well
 *     inside Twilio's 15 s read timeout)
 * @param maxConcurrent sends in flight at once; beyond them and a short queue, requests get 503 at once rather than
 *     holding a web thread each
 * @param openFor how long the circuit stays open after Kafka kept failing: requests get 503 at once meanwhile
 */
@ConfigurationProperties("switchboard.ingest.publishing")
record PublishingProperties(Duration timeout, int maxConcurrent, Duration openFor) {

    @ConstructorBinding
    PublishingProperties(@Nullable Duration timeout, @Nullable Integer maxConcurrent, @Nullable Duration openFor) {
        this(timeout == null ? Duration.ofSeconds(8) : timeout, maxConcurrent == null ? 32 : maxConcurrent,
                openFor == null ? Duration.ofSeconds(10) : openFor);
    }
}
