package dev.switchboard.notify.security;

/** The web chat visitor a verified token speaks for, in the one inbox the token was issued for. */
public record VisitorIdentity(String workspaceId, String inboxId, String visitorId) {
}
