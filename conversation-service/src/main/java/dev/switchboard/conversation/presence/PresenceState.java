package dev.switchboard.conversation.presence;

import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An agent's presence as two things make it: the status they chose, and whether any UI client of theirs is connected
 * (the notify instances' reports). Pure rules, no Spring or Mongo:
 * <ul>
 * <li>choosing a status sets it, whatever the connections;</li>
 * <li>when the last counted connection goes (closed, or its instance's report lapsed) while the agent is ONLINE or
 * AWAY by choice, they become OFFLINE for reason DISCONNECTED; routing holds their conversations for its grace period;
 * <li>when a connection comes back while they are OFFLINE because DISCONNECTED, their chosen status returns;</li>
 * <li>an agent who chose OFFLINE stays OFFLINE, connected or not; one who never connected is never disconnected.</li>
 * </ul>
 *
 * @param chosen what the agent last chose
 * @param status what routing is told: the chosen status, or OFFLINE while disconnected
 * @param reports one per notify instance that reported lately, in instance order
 */
record PresenceState(Presence chosen, Presence status, PresenceReason reason, List<InstanceReport> reports) {

    PresenceState {
        reports = reports.stream().sorted(Comparator.comparing(InstanceReport::instanceId)).toList();
    }

    PresenceState choosing(Presence newStatus) {
        return new PresenceState(newStatus, newStatus, PresenceReason.CHOSEN, reports);
    }

    /** With an instance's report, unless one of that instance said as much or more lately. */
    PresenceState reported(InstanceReport report, Instant now) {
        Optional<InstanceReport> stored = reports.stream()
                .filter(known -> known.instanceId().equals(report.instanceId())).findFirst();
        if (stored.isPresent() && !report.reportedAt().isAfter(stored.get().reportedAt())) {
            return this;
        }
        List<InstanceReport> next = new ArrayList<>(reports);
        stored.ifPresent(next::remove);
        next.add(report);
        return settled(next, now);
    }

    /** With the reports that were not renewed in time closed. */
    PresenceState lapsed(Instant now) {
        return settled(reports, now);
    }

    /** The agent's connections counted at {@code now}, over every instance. */
    int connections(Instant now) {
        return reports.stream().filter(report -> report.liveAt(now)).mapToInt(InstanceReport::open).sum();
    }

    /** When the first counted connection lapses unless renewed; empty when none is counted. */
    Optional<Instant> lapsesAt() {
        return reports.stream().filter(report -> report.open() > 0).map(InstanceReport::validUntil)
                .min(Comparator.naturalOrder());
    }

    /** Whether routing must hear of the change from {@code before} to this. */
    boolean differsFor(PresenceState before) {
        return status != before.status || reason != before.reason;
    }

    /**
     * Lapsed reports close; closed ones are kept only while a late report of their instance could still arrive (their
     * own validity), to order it. Then the status follows the connections, as the class comment says.
     */
    private PresenceState settled(List<InstanceReport> next, Instant now) {
        boolean wasConnected = reports.stream().anyMatch(report -> report.open() > 0);
        List<InstanceReport> kept = next.stream()
                .map(report -> report.lapsedAt(now) ? report.closed() : report)
                .filter(report -> report.open() > 0 || report.validUntil().isAfter(now))
                .toList();
        boolean connected = kept.stream().anyMatch(report -> report.open() > 0);
        if (!connected && wasConnected && reason == PresenceReason.CHOSEN && status != Presence.OFFLINE) {
            return new PresenceState(chosen, Presence.OFFLINE, PresenceReason.DISCONNECTED, kept);
        }
        if (connected && reason == PresenceReason.DISCONNECTED) {
            return new PresenceState(chosen, chosen, PresenceReason.CHOSEN, kept);
        }
        return new PresenceState(chosen, status, reason, kept);
    }
}
