package dev.switchboard.notify.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a delivery claim holds without being renewed. Every try renews it, so the lease has to outlast one try
 * plus the wait before the next (see {@code ProviderProperties}), not the whole delivery.
 *
 * @param claimLease a claim not renewed for this long belongs to a sender that died, and is taken over
 * @param claimPoll how often a record held by another sender is looked at again while waiting for it
 */
@ConfigurationProperties("switchboard.notify.delivery")
public record DeliveryProperties(@DefaultValue("2m") Duration claimLease, @DefaultValue("1s") Duration claimPoll) {
}
