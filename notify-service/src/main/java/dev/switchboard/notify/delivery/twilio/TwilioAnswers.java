package dev.switchboard.notify.delivery.twilio;

import dev.switchboard.notify.delivery.provider.ProviderFailure;
import dev.switchboard.notify.delivery.provider.ProviderJson;
import dev.switchboard.notify.delivery.provider.ProviderResponse;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Reads Twilio's answers: the message {@code sid} when accepted, else its error object ({@code code}, {@code message},
 * {@code more_info}, {@code status}). Error 20429 (too many requests) is throttling whatever the status says.
 */
final class TwilioAnswers {

    private static final String TOO_MANY_REQUESTS = "20429";

    private TwilioAnswers() {
    }

    /** The accepted message's SID; a failure otherwise, or when an accepted answer names no message. */
    static String messageSid(ProviderResponse response) {
        JsonNode body = ProviderJson.read(response.body());
        String sid = ProviderJson.text(body.path("sid"));
        if (response.accepted() && sid != null && !sid.isBlank()) {
            return sid;
        }
        if (response.accepted()) {
            throw new ProviderFailure(TwilioMessages.PROVIDER, ProviderFailure.Kind.TRANSIENT, response.status(),
                    null, "accepted without a message sid", null);
        }
        throw failure(response, body);
    }

    private static ProviderFailure failure(ProviderResponse response, JsonNode body) {
        String code = ProviderJson.text(body.path("code"));
        String message = Objects.requireNonNullElse(ProviderJson.text(body.path("message")),
                "HTTP " + response.status());
        ProviderFailure.Kind kind = TOO_MANY_REQUESTS.equals(code) ? ProviderFailure.Kind.THROTTLED
                : ProviderFailure.kindOf(response.status());
        return new ProviderFailure(TwilioMessages.PROVIDER, kind, response.status(), code, message,
                response.retryAfter());
    }
}
