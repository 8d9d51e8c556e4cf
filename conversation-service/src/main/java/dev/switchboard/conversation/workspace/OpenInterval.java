package dev.switchboard.conversation.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of a day during which the team is open, written {@code HH:mm-HH:mm}. An end at or before the start
 * ends on the next day ({@code 22:00-02:00}), so {@code 00:00-24:00} (or {@code 00:00-00:00}) is the whole day.
 */
public record OpenInterval(LocalTime start, LocalTime end) {

    private static final Pattern FORMAT =
            Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)-(([01]\\d|2[0-3]):([0-5]\\d)|24:00)");

    /** The interval {@code text} spells; an {@link IllegalArgumentException} names what is wrong. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OpenInterval parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an interval HH:mm-HH:mm (e.g. 08:00-22:00)");
        }
        LocalTime start = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        LocalTime end = matcher.group(4) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)));
        return new OpenInterval(start, end);
    }

    /** Whether it ends on the day after it starts. */
    public boolean endsNextDay() {
        return !end.isAfter(start);
    }

    @JsonValue
    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
