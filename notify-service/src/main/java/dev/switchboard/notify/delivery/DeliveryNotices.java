package dev.switchboard.notify.delivery;

import dev.switchboard.events.DeliveryFailed;

/** Where a delivery says, while it is still retrying, that it is failing: agents see trouble before it is final. */
@FunctionalInterface
public interface DeliveryNotices {

    /** A non-permanent {@link DeliveryFailed}; delivering it is best effort and never stops the delivery. */
    void retrying(DeliveryFailed notice);
}
