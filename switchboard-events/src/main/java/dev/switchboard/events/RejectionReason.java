package dev.switchboard.events;

/** Why routing refused a manual assignment request, so the person who asked can be told. */
public enum RejectionReason {
    UNKNOWN_CONVERSATION, UNKNOWN_AGENT, ALREADY_ASSIGNED, AGENT_UNAVAILABLE, NOT_IN_TEAM, OVER_CAPACITY
}
