package dev.switchboard.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads the instants events carry. Every event has a few, and Jackson's ISO-8601 reader (a {@code DateTimeFormatter}
 * parse) was most of the cost of decoding one — in routing, a tenth of the stream thread. The shape every Switchboard
 * producer writes, {@code 2026-11-23T10:00:00.123456Z} (UTC, 0-9 fraction digits), is read here directly from the
 * parser's buffer; anything else (an offset, a leap second, a number, an invalid date) goes to Jackson's own reader,
 * so what is accepted and what is refused is unchanged.
 */
final class IsoInstants extends ValueDeserializer<Instant> {

    private static final int SHORTEST = "2026-11-23T10:00:00Z".length();
    private static final long SECONDS_PER_DAY = 86_400;

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant read = utc(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
            if (read != null) {
                return read;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** The instant written as {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} if it is written otherwise. */
    static @Nullable Instant utc(char[] text, int offset, int length) {
        int end = offset + length;
        if (length < SHORTEST || text[end - 1] != 'Z' || text[offset + 4] != '-' || text[offset + 7] != '-'
                || text[offset + 10] != 'T' || text[offset + 13] != ':' || text[offset + 16] != ':') {
            return null;
        }
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 5, 2);
        int day = digits(text, offset + 8, 2);
        int hour = digits(text, offset + 11, 2);
        int minute = digits(text, offset + 14, 2);
        int second = digits(text, offset + 17, 2);
        int nanos = fraction(text, offset + 19, end - 1);
        if ((year | month | day | hour | minute | second | nanos) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException invalidDate) {
            return null;
        }
    }

    /** The nanoseconds of {@code [.f{1,9}]} between {@code from} and {@code to}, or -1 if it is not that. */
    private static int fraction(char[] text, int from, int to) {
        if (from == to) {
            return 0;
        }
        int count = to - from - 1;
        if (text[from] != '.' || count < 1 || count > 9) {
            return -1;
        }
        int value = digits(text, from + 1, count);
        for (int i = count; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }

    /** The number written with {@code count} ASCII digits from {@code from}, or -1 if one is not a digit. */
    private static int digits(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
