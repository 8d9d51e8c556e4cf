package dev.switchboard.conversation.workspace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's settings as an admin sends them: the whole set each time (so a retry is harmless); what is left out
 * takes its default. Intervals and dates are parsed on the way in, so a malformed one is a 400 naming its place.
 */
record SettingsRequest(
        @NotNull @IanaTimeZone String timeZone,
        @Nullable @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                message = "must be a language tag such as en-US") String locale,
        @NotNull @OpenSomeDay Map<DayOfWeek, @NotNull @Size(max = 12) List<@NotNull OpenInterval>> schedule,
        @Nullable @Size(max = 366) List<@NotNull LocalDate> holidays,
        @Nullable @PositiveOrZero @Max(365) Integer reopenWindowDays,
        @Valid WorkspaceSettings.@Nullable AutoReplies autoReplies) {

    WorkspaceSettings toSettings(String workspaceId, Instant at) {
        WorkspaceSettings defaults = WorkspaceSettings.defaults(workspaceId);
        return new WorkspaceSettings(workspaceId, ZoneId.of(timeZone),
                locale == null ? defaults.locale() : Locale.forLanguageTag(locale), schedule,
                holidays == null ? List.of() : holidays,
                reopenWindowDays == null ? defaults.reopenWindow() : Duration.ofDays(reopenWindowDays),
                autoReplies == null ? defaults.autoReplies() : autoReplies, at);
    }
}
