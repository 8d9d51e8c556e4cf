package dev.switchboard.ingest.webchat;

import dev.switchboard.ingest.web.ProblemType;
import org.jspecify.annotations.Nullable;

/** What a verified visitor token vouches for: this visitor, in this inbox of this workspace. */
record VisitorClaims(String visitorId, String workspaceId, String inboxId, @Nullable String name) {

    /** Refuses a message that claims to come from another visitor than the token's. */
    void requireVisitor(String claimedVisitorId) {
        if (!visitorId.equals(claimedVisitorId)) {
            throw ProblemType.VISITOR_TOKEN_MISMATCH.exception("the visitor token was issued to another visitorId");
        }
    }
}
