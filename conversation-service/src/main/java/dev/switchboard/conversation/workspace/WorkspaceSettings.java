package dev.switchboard.conversation.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a workspace works, as its admins set it. A workspace that never saved any has the {@link #defaults}: open
 * around the clock (so nobody gets a "we're closed" reply), UTC, English, a 7-day reopen window.
 *
 * @param schedule the open intervals of each day of the week; a day left out is closed
 * @param holidays days closed whatever the schedule says (an interval starting the day before still runs into one)
 * @param reopenWindow how long after resolution a customer's new message counts as reopening the conversation
 */
public record WorkspaceSettings(String workspaceId, ZoneId timeZone, Locale locale,
        Map<DayOfWeek, List<OpenInterval>> schedule, List<LocalDate> holidays, Duration reopenWindow,
        AutoReplies autoReplies, @Nullable Instant updatedAt) {

    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(7);

    public WorkspaceSettings {
        EnumMap<DayOfWeek, List<OpenInterval>> days = new EnumMap<>(DayOfWeek.class);
        schedule.forEach((day, intervals) -> days.put(day, List.copyOf(intervals)));
        schedule = days;
        holidays = List.copyOf(new TreeSet<>(holidays));
    }

    /** The settings of a workspace whose admins never saved any. */
    public static WorkspaceSettings defaults(String workspaceId) {
        Map<DayOfWeek, List<OpenInterval>> allDay = Arrays.stream(DayOfWeek.values()).collect(Collectors.toMap(
                day -> day, day -> List.of(new OpenInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))));
        return new WorkspaceSettings(workspaceId, ZoneId.of("UTC"), Locale.US, allDay, List.of(),
                DEFAULT_REOPEN_WINDOW, AutoReplies.DEFAULT, null);
    }

    /**
     * The texts Switchboard sends on the workspace's behalf.
     *
     * @param closed to a customer writing while the team is closed; {@code {opensAt}} becomes the next opening
     */
    public record AutoReplies(@NotBlank @Size(max = 1000) String closed) {

        public static final String OPENS_AT = "{opensAt}";
        static final AutoReplies DEFAULT = new AutoReplies(
                "We're closed right now — we open at " + OPENS_AT + ", and your message is in the queue.");
    }
}
