package dev.switchboard.notify.delivery;

import dev.switchboard.notify.delivery.provider.ProviderProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a claim lease that a live sender could outlast: a claim is renewed at the end of every try,
 * so the lease must exceed the longest wait before a try plus the longest try. A shorter one would let a second
 * sender take over a delivery that is still going on, and send the reply twice.
 */
@Component
class ClaimLeaseCheck {

    ClaimLeaseCheck(DeliveryProperties delivery, ProviderProperties providers) {
        Duration longestTry = providers.rateLimitWait().plus(providers.bulkhead().maxWait())
                .plus(providers.connectTimeout()).plus(providers.answerTimeout());
        ProviderProperties.Retry retry = providers.retry();
        Duration longestBackoff = Duration.ofMillis(Math.round(retry.maxBackoff().toMillis()
                * (1 + retry.randomization())));
        Duration longestWait = longestBackoff.compareTo(retry.maxRetryAfter()) > 0 ? longestBackoff
                : retry.maxRetryAfter();
        Duration needed = longestTry.plus(longestWait);
        if (delivery.claimLease().compareTo(needed) <= 0) {
            throw new IllegalStateException("switchboard.notify.delivery.claim-lease (" + delivery.claimLease()
                    + ") must exceed the longest try plus the longest wait before it (" + needed + ": rate-limit-wait"
                    + " + bulkhead.max-wait + connect-timeout + answer-timeout + the longer of max-backoff with "
                    + "jitter and max-retry-after)");
        }
    }
}
