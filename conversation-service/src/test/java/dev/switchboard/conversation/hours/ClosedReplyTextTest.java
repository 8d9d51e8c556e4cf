package dev.switchboard.conversation.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.workspace.WorkspaceSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "we're closed" text names the opening in the workspace's time zone and language. */
class ClosedReplyTextTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void anOpeningLaterTheSameDayIsJustItsTime() {
        // Given English (US) settings; a customer writing at 01:30 EST, the team opening at 08:00 EDT
        WorkspaceSettings settings = settings(Locale.US);
        ClosedPeriod closed = new ClosedPeriod(at("2026-03-08T03:00:00Z"), at("2026-03-08T12:00:00Z"));

        // When / Then
        assertThat(ClosedReplyText.of(settings, closed, at("2026-03-08T06:30:00Z")))
                .isEqualTo("We're closed right now — we open at 8:00 AM, and your message is in the queue.");
    }

    @Test
    void anOpeningOnAnotherDayNamesTheDayAndAFarOneTheDate() {
        // Given German and English settings
        ClosedPeriod monday = new ClosedPeriod(at("2026-03-08T02:00:00Z"), at("2026-03-09T12:00:00Z"));
        ClosedPeriod inTwoWeeks = new ClosedPeriod(at("2026-03-08T02:00:00Z"), at("2026-03-23T12:00:00Z"));
        Instant sundayEvening = at("2026-03-08T23:00:00Z");

        // When / Then the weekday (in the language) for tomorrow, the date for two weeks away
        assertThat(ClosedReplyText.of(settings(Locale.GERMANY), monday, sundayEvening)).contains("at Montag 08:00,");
        assertThat(ClosedReplyText.of(settings(Locale.US), monday, sundayEvening)).contains("at Monday 8:00 AM,");
        assertThat(ClosedReplyText.of(settings(Locale.US), inTwoWeeks, sundayEvening))
                .contains("at Mar 23, 2026 8:00 AM,");
    }

    private static WorkspaceSettings settings(Locale locale) {
        WorkspaceSettings defaults = WorkspaceSettings.defaults("ws");
        return new WorkspaceSettings("ws", NEW_YORK, locale, defaults.schedule(), List.of(), Duration.ofDays(7),
                defaults.autoReplies(), null);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
