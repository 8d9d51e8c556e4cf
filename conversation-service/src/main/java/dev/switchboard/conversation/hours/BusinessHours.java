package dev.switchboard.conversation.hours;

import dev.switchboard.conversation.workspace.OpenInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a team is open, from a weekly schedule of local times in its time zone and a set of holidays; plain Java, so
 * that it can be read and tested on its own. An interval belongs to the day it starts on (a holiday cancels the
 * intervals starting on it); local times that a DST change skips move forward by the gap, and those it repeats take
 * the earlier offset, as {@link ZonedDateTime#of} resolves them, so an interval always lasts its wall-clock length.
 */
public final class BusinessHours {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpenInterval>> schedule;
    private final Set<LocalDate> holidays;
    /** How far to look for an opening or a closing: past every holiday to the schedule's every weekday. */
    private final int horizonDays;

    public BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpenInterval>> schedule, Set<LocalDate> holidays) {
        this.zone = zone;
        this.schedule = Map.copyOf(schedule);
        this.holidays = Set.copyOf(holidays);
        this.horizonDays = 7 * (holidays.size() + 2);
    }

    public boolean isOpenAt(Instant at) {
        LocalDate today = LocalDate.ofInstant(at, zone);
        return Stream.of(today.minusDays(1), today).flatMap(this::openingsOn).anyMatch(opening -> opening.covers(at));
    }

    /** The first opening after {@code at}; empty if the schedule has none within the horizon. */
    public Optional<Instant> nextOpeningAfter(Instant at) {
        LocalDate today = LocalDate.ofInstant(at, zone);
        for (int day = 0; day <= horizonDays; day++) {
            Optional<Instant> first = openingsOn(today.plusDays(day)).map(Opening::start)
                    .filter(start -> start.isAfter(at)).min(Instant::compareTo);
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** The closed period {@code at} falls in; empty while open (or if the schedule never opens). */
    public Optional<ClosedPeriod> closedPeriodAt(Instant at) {
        if (isOpenAt(at)) {
            return Optional.empty();
        }
        return lastClosingBefore(at)
                .flatMap(since -> nextOpeningAfter(at).map(opens -> new ClosedPeriod(since, opens)));
    }

    /**
     * The latest end of an opening at or before {@code at}. Openings last at most a day, so those starting two days
     * before the latest one found end before it: the search stops there.
     */
    private Optional<Instant> lastClosingBefore(Instant at) {
        LocalDate today = LocalDate.ofInstant(at, zone);
        Optional<Instant> latest = Optional.empty();
        int lastDay = horizonDays;
        for (int day = 0; day <= lastDay; day++) {
            Optional<Instant> end = openingsOn(today.minusDays(day)).map(Opening::end)
                    .filter(e -> !e.isAfter(at)).max(Instant::compareTo);
            if (end.isPresent() && (latest.isEmpty() || end.get().isAfter(latest.get()))) {
                latest = end;
                lastDay = Math.min(lastDay, day + 1);
            }
        }
        return latest;
    }

    private Stream<Opening> openingsOn(LocalDate date) {
        if (holidays.contains(date)) {
            return Stream.empty();
        }
        return schedule.getOrDefault(date.getDayOfWeek(), List.of()).stream().map(interval -> new Opening(
                ZonedDateTime.of(date, interval.start(), zone).toInstant(),
                ZonedDateTime.of(interval.endsNextDay() ? date.plusDays(1) : date, interval.end(), zone).toInstant()));
    }

    /** One interval on one date, as instants: open from {@code start} (inclusive) to {@code end} (exclusive). */
    private record Opening(Instant start, Instant end) {

        boolean covers(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }
    }
}
