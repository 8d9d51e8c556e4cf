package dev.switchboard.conversation.workspace;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code workspace_settings} collection, {@code _id} = workspaceId, one document per workspace replaced whole on
 * each change. Read by {@code _id} on every inbound message (business hours), so it is not cached: a change holds at
 * once on every instance.
 */
@Repository
public class WorkspaceSettingsStore {

    private final MongoCollection<Document> settings;

    WorkspaceSettingsStore(MongoDatabase database) {
        this.settings = database.getCollection("workspace_settings");
    }

    /** The workspace's settings, or the defaults if its admins never saved any. */
    public WorkspaceSettings find(String workspaceId) {
        return Optional.ofNullable(settings.find(Filters.eq("_id", workspaceId)).first())
                .map(WorkspaceSettingsStore::toSettings)
                .orElseGet(() -> WorkspaceSettings.defaults(workspaceId));
    }

    void save(WorkspaceSettings workspace, String updatedBy) {
        settings.replaceOne(Filters.eq("_id", workspace.workspaceId()),
                toDocument(workspace).append("updatedBy", updatedBy), new ReplaceOptions().upsert(true));
    }

    private static Document toDocument(WorkspaceSettings s) {
        Document schedule = new Document();
        s.schedule().forEach((day, intervals) -> schedule.append(day.name(),
                intervals.stream().map(OpenInterval::toString).toList()));
        return new Document("_id", s.workspaceId())
                .append("timeZone", s.timeZone().getId())
                .append("locale", s.locale().toLanguageTag())
                .append("schedule", schedule)
                .append("holidays", s.holidays().stream().map(LocalDate::toString).toList())
                .append("reopenWindowDays", s.reopenWindow().toDays())
                .append("autoReplies", new Document("closed", s.autoReplies().closed()))
                .append("updatedAt", s.updatedAt() == null ? null : Date.from(s.updatedAt()));
    }

    private static WorkspaceSettings toSettings(Document d) {
        Map<DayOfWeek, List<OpenInterval>> schedule = new EnumMap<>(DayOfWeek.class);
        d.get("schedule", Document.class).forEach((day, intervals) -> schedule.put(DayOfWeek.valueOf(day),
                ((List<?>) intervals).stream().map(interval -> OpenInterval.parse((String) interval)).toList()));
        Date updatedAt = d.getDate("updatedAt");
        return new WorkspaceSettings(d.getString("_id"), ZoneId.of(d.getString("timeZone")),
                Locale.forLanguageTag(d.getString("locale")), schedule,
                d.getList("holidays", String.class).stream().map(LocalDate::parse).toList(),
                Duration.ofDays(((Number) d.get("reopenWindowDays")).longValue()),
                new WorkspaceSettings.AutoReplies(d.get("autoReplies", Document.class).getString("closed")),
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
