package dev.switchboard.events;

/** How urgently a waiting conversation should be served; higher drains first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
