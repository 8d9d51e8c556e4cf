package dev.switchboard.notify.delivery.webchat;

import dev.switchboard.notify.security.VisitorIdentity;

/** Whose widget sockets these are: a visitor id means something only within one workspace's inbox. */
record VisitorKey(String workspaceId, String inboxId, String visitorId) {

    static VisitorKey of(VisitorIdentity visitor) {
        return new VisitorKey(visitor.workspaceId(), visitor.inboxId(), visitor.visitorId());
    }
}
