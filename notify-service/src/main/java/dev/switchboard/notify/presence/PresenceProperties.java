package dev.switchboard.notify.presence;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance reports the connections it holds. A report lasts {@code validFor} and is renewed every
 * {@code renewEvery}, so the reports of an instance that crashed lapse within {@code validFor} while a live one's never
 * do; {@code validFor} must exceed {@code renewEvery} by enough for a renewal to arrive (three times, by default).
 *
 * @param instanceId this process's name in reports, unique among the running instances; blank (the default): a new
 *     random one per start, so a restarted instance never seems to resume the connections its predecessor held
 */
@ConfigurationProperties("switchboard.notify.presence")
public record PresenceProperties(@DefaultValue("") String instanceId, @DefaultValue("30s") Duration renewEvery,
        @DefaultValue("90s") Duration validFor) {

    public PresenceProperties {
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = "notify-" + UUID.randomUUID();
        }
        if (validFor.compareTo(renewEvery) <= 0) {
            throw new IllegalArgumentException("switchboard.notify.presence.valid-for (" + validFor
                    + ") must be longer than renew-every (" + renewEvery + "), or reports lapse between renewals");
        }
    }
}
