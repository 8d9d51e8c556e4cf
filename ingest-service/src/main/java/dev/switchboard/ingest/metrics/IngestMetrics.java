package dev.switchboard.ingest.metrics;

import dev.switchboard.events.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Counters per provider and channel, so operations see a flood, a forger or a misconfigured number on one channel at a
 * glance: {@code switchboard.ingest.accepted}, {@code switchboard.ingest.rejected} (by {@code reason}, the problem
 * slug), {@code switchboard.ingest.receipts} (by our delivery {@code status}) and {@code switchboard.ingest.ignored}
 * (by {@code kind}: provider events we acknowledge but do not handle, such as Meta echoes or Twilio's "queued").
 */
@Component
public class IngestMetrics {

    public static final String ACCEPTED = "switchboard.ingest.accepted";
    public static final String REJECTED = "switchboard.ingest.rejected";
    public static final String RECEIPTS = "switchboard.ingest.receipts";
    public static final String IGNORED = "switchboard.ingest.ignored";
    /** The channel tag of a request refused before its inbox, and so its channel, was known. */
    public static final String UNKNOWN_CHANNEL = "unknown";

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A customer's message is on Kafka. */
    public void accepted(String provider, Channel channel) {
        registry.counter(ACCEPTED, "provider", provider, "channel", tag(channel)).increment();
    }

    /** A request was refused with {@code problem}; {@code channel} is {@link #tag} or {@link #UNKNOWN_CHANNEL}. */
    public void rejected(String provider, String channel, ErrorResponseException problem) {
        URI type = problem.getBody().getType();
        String path = type.getPath() == null ? "" : type.getPath();
        String reason = path.isEmpty() ? "status-" + problem.getStatusCode().value()
                : path.substring(path.lastIndexOf('/') + 1);
        registry.counter(REJECTED, "provider", provider, "channel", channel, "reason", reason).increment();
    }

    /** A provider receipt for one of our outbound messages is on Kafka; {@code status} is a DeliveryStatus name. */
    public void receipt(String provider, Channel channel, String status) {
        registry.counter(RECEIPTS, "provider", provider, "channel", tag(channel), "status",
                status.toLowerCase(Locale.ROOT)).increment();
    }

    /** A genuine provider event we acknowledge and drop; {@code kind} must come from a small fixed set. */
    public void ignored(String provider, Channel channel, String kind) {
        registry.counter(IGNORED, "provider", provider, "channel", tag(channel), "kind", kind).increment();
    }

    public static String tag(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
