package dev.switchboard.conversation.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.workspace.OpenInterval;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Open or closed, and when it opens next, with fixed clocks across DST changes, midnight and holidays. */
class BusinessHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aWeekdayIsOpenBetweenItsTimesAndClosedAtTheEnd() {
        // Given Monday to Friday 08:00-22:00 and Saturday 10:00-14:00 in Paris (UTC+1 in January)
        BusinessHours hours = hours(PARIS, weekdays("08:00-22:00"), Map.of(DayOfWeek.SATURDAY, "10:00-14:00"));

        // When / Then Wednesday 10:00 is open; 07:59 is closed since Tuesday 22:00 and opens at 08:00
        assertThat(hours.isOpenAt(at("2026-01-14T09:00:00Z"))).isTrue();
        assertThat(hours.closedPeriodAt(at("2026-01-14T06:59:00Z"))).contains(
                new ClosedPeriod(at("2026-01-13T21:00:00Z"), at("2026-01-14T07:00:00Z")));
        // 22:00 itself is closed (the end is exclusive); Saturday afternoon waits for Monday
        assertThat(hours.isOpenAt(at("2026-01-14T21:00:00Z"))).isFalse();
        assertThat(hours.closedPeriodAt(at("2026-01-17T14:00:00Z"))).contains(
                new ClosedPeriod(at("2026-01-17T13:00:00Z"), at("2026-01-19T07:00:00Z")));
    }

    @Test
    void theSpringForwardNightOpensAtLocalEightUnderTheNewOffset() {
        // Given every day 08:00-22:00 in New York, and a clock at 01:30 EST on 8 March 2026 (DST starts at 02:00)
        BusinessHours hours = hours(NEW_YORK, everyDay("08:00-22:00"), Map.of());
        Clock clock = Clock.fixed(at("2026-03-08T06:30:00Z"), NEW_YORK);

        // When / Then closed since 22:00 EST, opening at 08:00 EDT = 12:00Z (not 13:00Z)
        assertThat(hours.closedPeriodAt(clock.instant())).contains(
                new ClosedPeriod(at("2026-03-08T03:00:00Z"), at("2026-03-08T12:00:00Z")));
    }

    @Test
    void anIntervalStartingInTheSkippedHourStartsWhenTheClockResumes() {
        // Given Sunday 02:30-04:00 in New York: on 8 March 2026, 02:30 does not exist
        BusinessHours hours = hours(NEW_YORK, Map.of(DayOfWeek.SUNDAY, "02:30-04:00"), Map.of());

        // When / Then it opens at 03:30 EDT (moved by the gap) and is open until 04:00 EDT
        assertThat(hours.nextOpeningAfter(at("2026-03-08T06:00:00Z"))).contains(at("2026-03-08T07:30:00Z"));
        assertThat(hours.isOpenAt(at("2026-03-08T07:15:00Z"))).isFalse();
        assertThat(hours.isOpenAt(at("2026-03-08T07:45:00Z"))).isTrue();
        assertThat(hours.isOpenAt(at("2026-03-08T08:00:00Z"))).isFalse();
    }

    @Test
    void anOvernightIntervalAcrossTheFallBackLastsItsWallClockLengthPlusTheRepeatedHour() {
        // Given Saturday 22:00-06:00 in New York; on 1 November 2026 01:00-02:00 happens twice
        BusinessHours hours = hours(NEW_YORK, Map.of(DayOfWeek.SATURDAY, "22:00-06:00"), Map.of());
        Clock beforeClose = Clock.fixed(at("2026-11-01T10:59:00Z"), NEW_YORK);

        // When / Then open from 22:00 EDT (02:00Z) to 06:00 EST (11:00Z): nine hours
        assertThat(hours.isOpenAt(at("2026-11-01T02:00:00Z"))).isTrue();
        assertThat(hours.isOpenAt(beforeClose.instant())).isTrue();
        assertThat(hours.closedPeriodAt(at("2026-11-01T11:00:00Z"))).contains(
                new ClosedPeriod(at("2026-11-01T11:00:00Z"), at("2026-11-08T03:00:00Z")));
    }

    @Test
    void anIntervalPastMidnightKeepsTheNextDayOpenUntilItsEnd() {
        // Given only Friday 22:00-02:00 (UTC)
        BusinessHours hours = hours(ZoneOffset.UTC, Map.of(DayOfWeek.FRIDAY, "22:00-02:00"), Map.of());

        // When / Then Saturday 01:00 is open (Friday's interval), 02:00 is closed until next Friday 22:00
        assertThat(hours.isOpenAt(at("2026-01-17T01:00:00Z"))).isTrue();
        assertThat(hours.closedPeriodAt(at("2026-01-17T02:00:00Z"))).contains(
                new ClosedPeriod(at("2026-01-17T02:00:00Z"), at("2026-01-23T22:00:00Z")));
    }

    @Test
    void aHolidayCancelsTheIntervalsStartingOnItButNotTheNightBefore() {
        // Given Monday to Friday 08:00-18:00, every night 20:00-02:00, and Christmas (a Friday) as a holiday
        Map<DayOfWeek, List<OpenInterval>> schedule = schedule(weekdays("08:00-18:00"), Map.of());
        Arrays.stream(DayOfWeek.values()).forEach(day -> schedule.merge(day,
                List.of(OpenInterval.parse("20:00-02:00")), BusinessHoursTest::concat));
        BusinessHours hours = new BusinessHours(ZoneOffset.UTC, schedule, Set.of(LocalDate.parse("2026-12-25")));

        // When / Then the night of the 24th runs into Christmas, Christmas day and night stay closed
        assertThat(hours.isOpenAt(at("2026-12-25T01:00:00Z"))).isTrue();
        assertThat(hours.closedPeriodAt(at("2026-12-25T10:00:00Z"))).contains(
                new ClosedPeriod(at("2026-12-25T02:00:00Z"), at("2026-12-26T20:00:00Z")));
        assertThat(hours.isOpenAt(at("2026-12-25T21:00:00Z"))).isFalse();
    }

    @Test
    void theNextOpeningIsFoundPastManyHolidays() {
        // Given only Monday 09:00-10:00, and the next ten Mondays as holidays
        Set<LocalDate> mondays = new HashSet<>();
        for (int week = 0; week < 10; week++) {
            mondays.add(LocalDate.parse("2026-01-19").plusWeeks(week));
        }
        BusinessHours hours = new BusinessHours(ZoneOffset.UTC, schedule(Map.of(DayOfWeek.MONDAY, "09:00-10:00"),
                Map.of()), mondays);

        // When / Then asked on a Tuesday, it opens on the eleventh Monday
        assertThat(hours.nextOpeningAfter(at("2026-01-13T12:00:00Z"))).contains(at("2026-03-30T09:00:00Z"));
    }

    @Test
    void theDefaultWholeDaysAreNeverClosed() {
        // Given 00:00-24:00 every day in Paris, across the spring DST change
        BusinessHours hours = hours(PARIS, everyDay("00:00-24:00"), Map.of());

        // When / Then every hour of that weekend is open
        for (int hour = 0; hour < 72; hour++) {
            Instant at = at("2026-03-28T00:00:00Z").plusSeconds(3600L * hour);
            assertThat(hours.closedPeriodAt(at)).as("at %s", at).isEmpty();
        }
    }

    private static BusinessHours hours(ZoneId zone, Map<DayOfWeek, String> days, Map<DayOfWeek, String> more) {
        return new BusinessHours(zone, schedule(days, more), Set.of());
    }

    static Map<DayOfWeek, List<OpenInterval>> schedule(Map<DayOfWeek, String> days, Map<DayOfWeek, String> more) {
        Map<DayOfWeek, List<OpenInterval>> schedule = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, interval) -> schedule.put(day, List.of(OpenInterval.parse(interval))));
        more.forEach((day, interval) -> schedule.put(day, List.of(OpenInterval.parse(interval))));
        return schedule;
    }

    private static Map<DayOfWeek, String> weekdays(String interval) {
        return Arrays.stream(DayOfWeek.values()).filter(day -> day.getValue() <= 5)
                .collect(Collectors.toMap(day -> day, day -> interval));
    }

    private static Map<DayOfWeek, String> everyDay(String interval) {
        return Arrays.stream(DayOfWeek.values()).collect(Collectors.toMap(day -> day, day -> interval));
    }

    private static List<OpenInterval> concat(List<OpenInterval> a, List<OpenInterval> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
