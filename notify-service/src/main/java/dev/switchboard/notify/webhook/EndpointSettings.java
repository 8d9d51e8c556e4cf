package dev.switchboard.notify.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an update of an endpoint replaces: everything but its id and its secret. */
record EndpointSettings(@NotBlank @Size(max = 2048) String url,
        @Nullable @Size(min = 1, max = 50) List<@NotBlank String> eventTypes,
        @Nullable @Size(max = 500) String description) {
}
