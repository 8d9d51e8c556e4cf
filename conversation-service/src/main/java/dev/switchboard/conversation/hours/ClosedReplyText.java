package dev.switchboard.conversation.hours;

import dev.switchboard.conversation.workspace.WorkspaceSettings;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The "we're closed" text in the workspace's language: {@code {opensAt}} becomes the opening's local time ("8:00 AM"),
 * with its weekday when it is not the day the customer wrote ("Monday 8:00 AM"), and its date when it is a week or
 * more away. Narrow no-break spaces that newer locale data puts before "AM" become plain spaces, which SMS (GSM-7)
 * can carry.
 */
final class ClosedReplyText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ClosedReplyText() {
    }

    static String of(WorkspaceSettings settings, ClosedPeriod closed, Instant wroteAt) {
        Locale locale = settings.locale();
        ZonedDateTime opens = closed.opensAt().atZone(settings.timeZone());
        long days = ChronoUnit.DAYS.between(wroteAt.atZone(settings.timeZone()).toLocalDate(), opens.toLocalDate());
        String day = days == 0 ? "" : (days < 7 ? WEEKDAY : DATE).withLocale(locale).format(opens) + " ";
        String opensAt = (day + TIME.withLocale(locale).format(opens)).replace('\u202F', ' ');
        return settings.autoReplies().closed().replace(WorkspaceSettings.AutoReplies.OPENS_AT, opensAt);
    }
}
