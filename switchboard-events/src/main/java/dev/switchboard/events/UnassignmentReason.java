package dev.switchboard.events;

/** Why routing took a conversation back from its agent and put it in line again. */
public enum UnassignmentReason {
    AGENT_OFFLINE, TRANSFERRED
}
