package dev.switchboard.ingest.webchat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Web chat settings. The secret has no default on purpose: it signs tokens that notify-service also trusts, so it
 * must come from the environment (or the {@code local} profile), never from code.
 *
 * @param visitorTokenSecret HS256 key, at least 32 bytes
 * @param visitorTokenTtl how long a visitor token stays valid (24 hours unless set)
 */
@Validated
@ConfigurationProperties("switchboard.webchat")
record WebchatProperties(@NotBlank @Size(min = 32) String visitorTokenSecret, Duration visitorTokenTtl) {

    WebchatProperties(String visitorTokenSecret, @Nullable Duration visitorTokenTtl) {
        this.visitorTokenSecret = visitorTokenSecret;
        this.visitorTokenTtl = visitorTokenTtl == null ? Duration.ofHours(24) : visitorTokenTtl;
    }
}
