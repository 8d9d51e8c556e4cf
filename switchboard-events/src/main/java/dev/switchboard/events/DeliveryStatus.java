package dev.switchboard.events;

/** How far an outbound message got, as the provider reports it; later states never go back to earlier ones. */
public enum DeliveryStatus {
    SENT, DELIVERED, READ, FAILED
}
