package dev.switchboard.events;

/**
 * Why an agent's presence changed, which sets how long routing waits before handing back what an OFFLINE agent
 * holds: a chosen or shift-end logout is meant (no grace by default), a dropped connection may come back (60 s).
 */
public enum PresenceReason {
    CHOSEN, DISCONNECTED, SHIFT_ENDED
}
