package dev.switchboard.notify.delivery.log;

import org.jspecify.annotations.Nullable;

/** How a claimed delivery ended. */
public record Settlement(DeliveryState state, @Nullable String providerMessageId, @Nullable String reason,
        @Nullable String errorCode) {

    public Settlement {
        if (!state.settled()) {
            throw new IllegalArgumentException("a delivery settles as DELIVERED, FAILED or DEAD, not " + state);
        }
    }

    public static Settlement delivered(@Nullable String providerMessageId) {
        return new Settlement(DeliveryState.DELIVERED, providerMessageId, null, null);
    }

    public static Settlement failed(String reason) {
        return new Settlement(DeliveryState.FAILED, null, reason, null);
    }

    public static Settlement dead(String reason, @Nullable String errorCode) {
        return new Settlement(DeliveryState.DEAD, null, reason, errorCode);
    }
}
