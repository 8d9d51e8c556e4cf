package dev.switchboard.ingest.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Requests per second one inbox accepts ({@code switchboard.ingest.rate-limit.requests-per-second}, 200 unless set):
 * far above one Twilio number or Meta page's real traffic, low enough that a flood is refused cheaply.
 */
@ConfigurationProperties("switchboard.ingest.rate-limit")
record RateLimitProperties(int requestsPerSecond) {

    @ConstructorBinding
    RateLimitProperties(@Nullable Integer requestsPerSecond) {
        this(requestsPerSecond == null ? 200 : requestsPerSecond);
    }
}
