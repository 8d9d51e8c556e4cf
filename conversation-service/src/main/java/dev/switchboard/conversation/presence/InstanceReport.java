package dev.switchboard.conversation.presence;

import dev.switchboard.events.AgentConnectionsReported;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The latest word of one notify instance on an agent's connections there: how many are open, until when that holds
 * unless renewed, and when it was said (what orders two reports of one instance).
 */
record InstanceReport(String instanceId, int open, Instant validUntil, Instant reportedAt) {

    /** {@code validUntil} to the millisecond, as the store keeps it; {@code reportedAt} to the nanosecond. */
    InstanceReport {
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
    }

    static InstanceReport of(AgentConnectionsReported report) {
        return new InstanceReport(report.instanceId(), Math.max(0, report.open()), report.validUntil(),
                report.occurredAt());
    }

    /** Open connections that still count at {@code now}. */
    boolean liveAt(Instant now) {
        return open > 0 && validUntil.isAfter(now);
    }

    /** Not renewed in time: its instance is gone, and so are the connections it held. */
    boolean lapsedAt(Instant now) {
        return open > 0 && !validUntil.isAfter(now);
    }

    InstanceReport closed() {
        return new InstanceReport(instanceId, 0, validUntil, reportedAt);
    }
}
