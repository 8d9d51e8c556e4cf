package dev.switchboard.conversation.presence;

import java.time.Instant;

/**
 * An agent's presence as stored on their document, with what announcing it needs.
 *
 * @param version raised by every change; a change is written only over the version it was computed from
 * @param unannounced routing has not been told of this version's status yet (its publication is pending or failed)
 * @param changedAt when the status last changed: the announcement's time
 * @param statusVersion the version whose change last moved the status or its reason (-1 for none yet)
 */
record StoredPresence(String workspaceId, String agentId, int capacity, PresenceState state, long version,
        boolean unannounced, Instant changedAt, long statusVersion) {

    /** Whether this version's change moved the status or its reason: subscribers hear of it (a repeated choice not). */
    boolean statusChanged() {
        return statusVersion == version;
    }
}
