package dev.switchboard.events;

/** An agent's availability: only ONLINE agents receive new conversations; OFFLINE hands back what they hold. */
public enum Presence {
    ONLINE, AWAY, OFFLINE
}
