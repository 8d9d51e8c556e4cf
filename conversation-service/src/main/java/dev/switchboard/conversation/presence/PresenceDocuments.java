package dev.switchboard.conversation.presence;

import com.mongodb.client.model.Updates;
import dev.switchboard.events.Presence;
import dev.switchboard.events.PresenceReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * How presence sits on an agent's document: {@code status} (what routing is told, as before), {@code chosenStatus},
 * {@code statusReason}, {@code connections} (one entry per reporting notify instance) and {@code connectionsLapseAt}
 * (the earliest validity of a counted connection, for the sweep). A document from before presence reads as the status
 * chosen, no connection, version 0.
 */
final class PresenceDocuments {

    private static final String STATUS = "status";
    private static final String CHOSEN = "chosenStatus";
    private static final String REASON = "statusReason";
    private static final String CONNECTIONS = "connections";

    private PresenceDocuments() {
    }

    static StoredPresence read(Document agent) {
        Presence status = Presence.valueOf(agent.getString(STATUS));
        Presence chosen = Optional.ofNullable(agent.getString(CHOSEN)).map(Presence::valueOf).orElse(status);
        PresenceReason reason = Optional.ofNullable(agent.getString(REASON)).map(PresenceReason::valueOf)
                .orElse(PresenceReason.CHOSEN);
        List<InstanceReport> reports = agent.getList(CONNECTIONS, Document.class, List.of()).stream()
                .map(PresenceDocuments::report).toList();
        Number version = agent.get(PresenceStore.VERSION, Number.class);
        Date changedAt = agent.getDate(PresenceStore.CHANGED_AT);
        Number statusVersion = agent.get(PresenceStore.STATUS_VERSION, Number.class);
        return new StoredPresence(agent.getString("workspaceId"), agent.getString("_id"),
                agent.getInteger("capacity", 0), new PresenceState(chosen, status, reason, reports),
                version == null ? 0 : version.longValue(), agent.getBoolean(PresenceStore.UNANNOUNCED, false),
                changedAt == null ? Instant.EPOCH : changedAt.toInstant(),
                statusVersion == null ? -1 : statusVersion.longValue());
    }

    static List<Bson> write(PresenceState state) {
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set(STATUS, state.status().name()));
        changes.add(Updates.set(CHOSEN, state.chosen().name()));
        changes.add(Updates.set(REASON, state.reason().name()));
        changes.add(Updates.set(CONNECTIONS, state.reports().stream().map(PresenceDocuments::document).toList()));
        changes.add(state.lapsesAt().map(at -> Updates.set(PresenceStore.LAPSES_AT, Date.from(at)))
                .orElseGet(() -> Updates.unset(PresenceStore.LAPSES_AT)));
        return changes;
    }

    /** {@code reportedAt} to the nanosecond (as a number), since two reports may fall within one millisecond. */
    private static Document document(InstanceReport report) {
        Instant at = report.reportedAt();
        return new Document("instanceId", report.instanceId()).append("open", report.open())
                .append("validUntil", Date.from(report.validUntil()))
                .append("reportedAtSecond", at.getEpochSecond()).append("reportedAtNano", at.getNano());
    }

    private static InstanceReport report(Document entry) {
        return new InstanceReport(entry.getString("instanceId"), entry.getInteger("open", 0),
                entry.getDate("validUntil").toInstant(), Instant.ofEpochSecond(
                        entry.get("reportedAtSecond", Number.class).longValue(),
                        entry.get("reportedAtNano", Number.class).longValue()));
    }
}
