package dev.switchboard.ingest.webchat;

import java.time.Instant;

/** The answer to "start a chat": who the visitor is and the token that proves it until {@code expiresAt}. */
record VisitorSession(String visitorId, String token, Instant expiresAt) {
}
