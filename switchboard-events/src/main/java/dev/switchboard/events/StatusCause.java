package dev.switchboard.events;

/** What moved a conversation to another status: an agent, its snooze running out, or the customer writing. */
public enum StatusCause {
    AGENT, SNOOZE_ENDED, CUSTOMER_MESSAGE
}
