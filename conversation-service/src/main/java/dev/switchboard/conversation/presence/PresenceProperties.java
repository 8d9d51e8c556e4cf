package dev.switchboard.conversation.presence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often lapsed connection reports and unannounced changes are looked for, and how many per look.
 *
 * @param sweepEvery a notify instance that crashed is noticed at most this long after its reports lapsed
 * @param sweepBatch the most agents handled per look (the rest at the next)
 * @param announceRetryAfter a status change routing has not been told of for this long is told again, with the same
 *     event id (its publication failed, or the service stopped before it)
 */
@ConfigurationProperties("switchboard.presence")
record PresenceProperties(@DefaultValue("5s") Duration sweepEvery, @DefaultValue("200") int sweepBatch,
        @DefaultValue("10s") Duration announceRetryAfter) {
}
