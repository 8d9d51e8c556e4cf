package dev.switchboard.notify.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint to register.
 *
 * @param eventTypes CloudEvents types, or {@code *} (the default) for all of them
 * @param secret {@code whsec_} + base64 of 24 to 64 bytes; generated when absent
 */
record NewEndpoint(@NotBlank @Size(max = 2048) String url,
        @Nullable @Size(min = 1, max = 50) List<@NotBlank String> eventTypes, @Nullable String secret,
        @Nullable @Size(max = 500) String description) {
}
