package dev.switchboard.notify.delivery.meta;

import dev.switchboard.notify.delivery.provider.ProviderFailure;
import dev.switchboard.notify.delivery.provider.ProviderJson;
import dev.switchboard.notify.delivery.provider.ProviderResponse;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Graph API answers. Meta answers most errors with HTTP 400 and says what they are in {@code error.code}
 * (and {@code error_subcode}, {@code type}, {@code is_transient}): 1 and 2 are temporary, 4, 17, 32 and 613 (and
 * WhatsApp's 130429, 131048, 131056) are rate limits, 131000 and 131016 are WhatsApp's own outages; anything else
 * below 500 is the request's fault and is not retried.
 */
final class GraphAnswers {

    private static final Set<String> TRANSIENT_CODES = Set.of("1", "2", "131000", "131016");
    private static final Set<String> THROTTLING_CODES = Set.of("4", "17", "32", "613", "130429", "131048", "131056");

    private GraphAnswers() {
    }

    /** The accepted message's id, found at {@code idPointer} (a JSON pointer); a failure otherwise. */
    static String messageId(String provider, ProviderResponse response, String idPointer) {
        JsonNode body = ProviderJson.read(response.body());
        String id = ProviderJson.text(body.at(idPointer));
        if (response.accepted() && id != null && !id.isBlank()) {
            return id;
        }
        if (response.accepted()) {
            throw new ProviderFailure(provider, ProviderFailure.Kind.TRANSIENT, response.status(), null,
                    "accepted without a message id", null);
        }
        throw failure(provider, response, body.path("error"));
    }

    private static ProviderFailure failure(String provider, ProviderResponse response, JsonNode error) {
        String code = ProviderJson.text(error.path("code"));
        String subcode = ProviderJson.text(error.path("error_subcode"));
        String type = ProviderJson.text(error.path("type"));
        String message = Objects.requireNonNullElse(ProviderJson.text(error.path("message")),
                "HTTP " + response.status());
        String detail = (type == null ? "" : type + ": ") + message + (subcode == null ? "" : " (subcode " + subcode
                + ")");
        return new ProviderFailure(provider, kind(code, error.path("is_transient").asBoolean(false), response),
                response.status(), code, detail, response.retryAfter());
    }

    private static ProviderFailure.Kind kind(@Nullable String code, boolean transientFlag, ProviderResponse response) {
        if (code != null && THROTTLING_CODES.contains(code)) {
            return ProviderFailure.Kind.THROTTLED;
        }
        if (transientFlag || code != null && TRANSIENT_CODES.contains(code)) {
            return ProviderFailure.Kind.TRANSIENT;
        }
        return ProviderFailure.kindOf(response.status());
    }
}
