package dev.switchboard.notify.delivery.log;

/** Where a reply's delivery stands; only {@code CLAIMED} and {@code REPLAYING} lead anywhere else. */
public enum DeliveryState {
    /** Someone is sending it now (or crashed doing so: a claim not renewed within the lease is taken over). */
    CLAIMED,
    /** The provider accepted it. Final. */
    DELIVERED,
    /** It ended undelivered where the channel recovers by itself (a web chat visitor reloads the history). Final. */
    FAILED,
    /** Parked: refused for good, or retries ran out. Stays until an operator replays it. */
    DEAD,
    /** An operator asked for it to be sent again; the next claim takes it. */
    REPLAYING;

    /** Whether nobody will send it without an operator: delivered, failed or parked. */
    public boolean settled() {
        return this == DELIVERED || this == FAILED || this == DEAD;
    }
}
