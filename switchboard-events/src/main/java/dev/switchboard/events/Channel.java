package dev.switchboard.events;

/** The channels a customer can write on. */
public enum Channel {
    WEBCHAT, SMS, EMAIL, MESSENGER, INSTAGRAM, WHATSAPP
}
