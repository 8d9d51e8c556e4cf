package dev.switchboard.events;

/** Whether a message came from the customer or goes out to them. */
public enum Direction {
    INBOUND, OUTBOUND
}
