package dev.switchboard.events;

/** Why an agent stopped holding a conversation, freeing its share of their capacity. */
public enum ReleaseReason {
    RESOLVED, CLOSED, SNOOZED, TRANSFERRED, UNASSIGNED
}
