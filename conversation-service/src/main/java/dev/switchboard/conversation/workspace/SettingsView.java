package dev.switchboard.conversation.workspace;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A workspace's settings as its admins read them; {@code updatedAt} is null while they are the defaults. */
record SettingsView(String workspaceId, String timeZone, String locale, Map<DayOfWeek, List<OpenInterval>> schedule,
        List<LocalDate> holidays, long reopenWindowDays, WorkspaceSettings.AutoReplies autoReplies,
        @Nullable Instant updatedAt) {

    static SettingsView of(WorkspaceSettings s) {
        return new SettingsView(s.workspaceId(), s.timeZone().getId(), s.locale().toLanguageTag(), s.schedule(),
                s.holidays(), s.reopenWindow().toDays(), s.autoReplies(), s.updatedAt());
    }
}
