package dev.switchboard.events;

/** How far an outbound message got, as the provider reports it; later states never go back to earlier ones. */
public enum DeliveryStatus {
    SENT(1), DELIVERED(2), READ(3), FAILED(2);

    private final int progress;

    DeliveryStatus(int progress) {
        this.progress = progress;
    }

    /**
     * How far along the state is; a state replaces only one of lower progress. FAILED (the provider could not deliver
     * what it accepted) ranks with DELIVERED: it replaces SENT, never DELIVERED or READ, and is replaced only by READ.
     */
    public int progress() {
        return progress;
    }
}
