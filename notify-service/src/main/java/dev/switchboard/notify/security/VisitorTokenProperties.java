package dev.switchboard.notify.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret ingest-service signs web chat visitor tokens with; only from the environment, so it has no default.
 *
 * @param visitorTokenSecret at least 32 bytes, as HS256 requires
 */
@Validated
@ConfigurationProperties("switchboard.webchat")
record VisitorTokenProperties(@NotBlank @Size(min = 32) String visitorTokenSecret) {
}
