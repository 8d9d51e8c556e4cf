package dev.switchboard.ingest.email;

import org.jspecify.annotations.Nullable;

/**
 * Makes text from a customer's mail safe to store and show: one kind of line break, no control characters (a mail can
 * carry any byte), no invisible no-break spaces, and bounded, so one huge mail cannot overflow a Kafka record.
 */
final class EmailText {

    /** The longest text published: far above any human message, far below Kafka's 1 MB record limit. */
    static final int MAX_LENGTH = 100_000;
    /** RFC 5322's line limit, which also bounds subjects, names and ids. */
    static final int MAX_HEADER_LENGTH = 998;

    private EmailText() {
    }

    /** Line breaks as {@code \n}, tabs kept, every other control character dropped, no-break spaces as spaces. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u00a0') {
                out.append(' ');
            } else if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == '\ufeff')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A header value on one line, whitespace collapsed, at most {@link #MAX_HEADER_LENGTH}; null when blank. */
    static @Nullable String singleLine(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String line = clean(value).replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return null;
        }
        return line.length() > MAX_HEADER_LENGTH ? line.substring(0, MAX_HEADER_LENGTH) : line;
    }

    /** Trailing spaces off every line, at most one blank line in a row, no blank lines around; linear time. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blankLines = 0;
        for (String line : text.split("\n", -1)) {
            String kept = line.stripTrailing();
            blankLines = kept.isEmpty() ? blankLines + 1 : 0;
            if (blankLines < 2) {
                out.append(kept).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** Whether {@code text} is longer than {@link #MAX_LENGTH}. */
    static boolean tooLong(String text) {
        return text.length() > MAX_LENGTH;
    }

    /** At most {@link #MAX_LENGTH} characters, never splitting a surrogate pair. */
    static String truncate(String text) {
        if (!tooLong(text)) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return text.substring(0, end);
    }
}
