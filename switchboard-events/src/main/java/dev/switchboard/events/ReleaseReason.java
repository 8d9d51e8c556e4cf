package dev.switchboard.events;

/** Why an agent stopped holding a conversation, freeing one unit of capacity. */
public enum ReleaseReason {
    RESOLVED, SNOOZED, TRANSFERRED, UNASSIGNED
}
