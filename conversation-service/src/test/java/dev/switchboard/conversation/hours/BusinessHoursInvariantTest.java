package dev.switchboard.conversation.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.workspace.OpenInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded random schedules (with DST zones, overnight intervals and holidays): a closed instant's period
 * starts where the team was last open and ends where it opens next, and it is closed all the way between.
 */
class BusinessHoursInvariantTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"));
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aClosedPeriodRunsFromTheLastClosingToTheNextOpening() {
        Random random = new Random(20_260_308L);
        for (int schedule = 0; schedule < 300; schedule++) {
            // Given a random schedule and holidays
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            BusinessHours hours = new BusinessHours(zone, randomWeek(random), randomHolidays(random));
            for (int probe = 0; probe < 20; probe++) {
                // When asked at a random instant of the year
                Instant at = YEAR_START.plusSeconds(random.nextInt(365 * 24 * 60) * 60L);
                Optional<ClosedPeriod> closed = hours.closedPeriodAt(at);

                // Then it is closed exactly when there is a closed period, and closed all through it
                assertThat(closed.isPresent()).as("%s at %s", zone, at).isEqualTo(!hours.isOpenAt(at));
                closed.ifPresent(period -> {
                    assertThat(period.since()).isBeforeOrEqualTo(at).isBefore(period.opensAt());
                    assertThat(hours.isOpenAt(period.since().minusMillis(1))).as("open before %s", period).isTrue();
                    assertThat(hours.isOpenAt(period.since())).isFalse();
                    assertThat(hours.isOpenAt(period.opensAt().minusMillis(1))).isFalse();
                    assertThat(hours.isOpenAt(period.opensAt())).as("opens at %s", period).isTrue();
                });
            }
        }
    }

    /** One or two intervals on most days, some overnight, on a quarter-hour grid outside the DST hours. */
    private static Map<DayOfWeek, List<OpenInterval>> randomWeek(Random random) {
        Map<DayOfWeek, List<OpenInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpenInterval> intervals = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                LocalTime start = LocalTime.of(4 + random.nextInt(17), 15 * random.nextInt(4));
                LocalTime end = LocalTime.of((start.getHour() + 1 + random.nextInt(8)) % 24, 15 * random.nextInt(4));
                intervals.add(new OpenInterval(start, end.getHour() >= 1 && end.getHour() < 4 ? LocalTime.MIDNIGHT
                        : end));
            }
            week.put(day, intervals);
        }
        week.put(DayOfWeek.WEDNESDAY, List.of(OpenInterval.parse("09:00-17:00")));
        return week;
    }

    private static Set<LocalDate> randomHolidays(Random random) {
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = random.nextInt(15); i > 0; i--) {
            holidays.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
        }
        return holidays;
    }
}
