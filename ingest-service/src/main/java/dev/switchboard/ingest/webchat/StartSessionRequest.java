package dev.switchboard.ingest.webchat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A widget starting a chat: a returning visitor passes the id it was given before, a new one passes nothing. */
record StartSessionRequest(
        @Nullable @Pattern(regexp = VisitorIds.PATTERN, message = VisitorIds.RULE) String visitorId,
        @Nullable @Size(max = 200) String name) {
}
