package dev.switchboard.ingest.twilio;

import dev.switchboard.events.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Counters per channel, so operations see a flood, a forger or a misconfigured number on one channel at a glance:
 * {@code switchboard.ingest.accepted}, {@code switchboard.ingest.rejected} (by {@code reason}, the problem slug) and
 * {@code switchboard.ingest.status.callbacks} (by Twilio {@code status}).
 */
@Component
class TwilioMetrics {

    static final String ACCEPTED = "switchboard.ingest.accepted";
    static final String REJECTED = "switchboard.ingest.rejected";
    static final String STATUS_CALLBACKS = "switchboard.ingest.status.callbacks";
    static final String UNKNOWN_CHANNEL = "unknown";

    /** Twilio's documented message statuses; anything else is tagged "other" so tags stay a small, fixed set. */
    private static final Set<String> STATUSES = Set.of("accepted", "scheduled", "canceled", "queued", "sending",
            "sent", "failed", "delivered", "undelivered", "receiving", "received", "read", "partially_delivered");

    private final MeterRegistry registry;

    TwilioMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(Channel channel) {
        registry.counter(ACCEPTED, "provider", "twilio", "channel", tag(channel)).increment();
    }

    void rejected(String channel, ErrorResponseException problem) {
        URI type = problem.getBody().getType();
        String path = type.getPath() == null ? "" : type.getPath();
        String reason = path.isEmpty() ? "status-" + problem.getStatusCode().value()
                : path.substring(path.lastIndexOf('/') + 1);
        registry.counter(REJECTED, "provider", "twilio", "channel", channel, "reason", reason).increment();
    }

    void statusCallback(Channel channel, String status) {
        String normalised = status.toLowerCase(Locale.ROOT);
        registry.counter(STATUS_CALLBACKS, "provider", "twilio", "channel", tag(channel),
                "status", STATUSES.contains(normalised) ? normalised : "other").increment();
    }

    static String tag(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
