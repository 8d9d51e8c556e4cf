package dev.switchboard.notify.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are retried, when a failing endpoint is given up on, and how patient and careful each request is.
 *
 * @param schedule the wait before each attempt: the first is from acceptance, each next one from the failed attempt
 *     before it (Standard Webhooks' example: 10 attempts over about 75 hours)
 * @param jitter each retry's wait is stretched by a random share of itself up to this
 * @param disableAfter an endpoint whose attempts have all failed for this long is disabled
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a receiver asking for more gets this
 * @param allowedNetworks CIDR blocks endpoints may resolve to although private (none in production)
 * @param poll how often due deliveries are looked for
 * @param batch how many due deliveries one look fetches
 * @param concurrency attempts in flight at once on this instance
 * @param claimLease an attempt's claim not settled within this belongs to an instance that died and is taken over;
 *     it must outlast one attempt ({@code connectTimeout} + {@code readTimeout})
 */
@ConfigurationProperties("switchboard.notify.webhooks")
record WebhookProperties(
        @DefaultValue({"0s", "5s", "5m", "30m", "2h", "5h", "10h", "14h", "20h", "24h"}) List<Duration> schedule,
        @DefaultValue("0.1") double jitter, @DefaultValue("5d") Duration disableAfter,
        @DefaultValue("1h") Duration maxRetryAfter, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout, @DefaultValue("Switchboard-Webhooks/1.0") String userAgent,
        @DefaultValue List<String> allowedNetworks, @DefaultValue("1s") Duration poll,
        @DefaultValue("100") int batch, @DefaultValue("8") int concurrency, @DefaultValue("1m") Duration claimLease) {

    WebhookProperties {
        if (claimLease.compareTo(connectTimeout.plus(readTimeout).plusSeconds(5)) < 0) {
            throw new IllegalArgumentException("switchboard.notify.webhooks.claim-lease (" + claimLease
                    + ") must outlast one attempt (connect-timeout + read-timeout) by 5s at least");
        }
    }
}
