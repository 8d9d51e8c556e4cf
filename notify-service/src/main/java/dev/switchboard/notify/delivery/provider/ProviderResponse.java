package dev.switchboard.notify.delivery.provider;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What a provider answered one request: status, body, and how long it asked us to wait, if it did. */
public record ProviderResponse(int status, String body, @Nullable Duration retryAfter) {

    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
