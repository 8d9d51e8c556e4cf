package dev.switchboard.ingest.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code Message-ID}, {@code In-Reply-To} and {@code References} as clients really write them: ids in angle
 * brackets separated by whitespace or commas, sometimes with comments or phrases between them, sometimes (broken
 * clients) without brackets at all.
 */
final class MessageIdHeader {

    /** Like RFC 5322's advice for long References: keep the root and the most recent ids. */
    static final int MAX_REFERENCES = 50;

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");

    private MessageIdHeader() {
    }

    /** The first id in the header, or null when there is none. */
    static @Nullable String first(@Nullable String header) {
        List<String> ids = all(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Every id in order, brackets kept; at most {@link #MAX_REFERENCES}: the first, then the latest. */
    static List<String> all(@Nullable String header) {
        if (header == null) {
            return List.of();
        }
        String value = EmailText.clean(header);
        List<String> ids = new ArrayList<>();
        Matcher bracketed = BRACKETED.matcher(value);
        while (bracketed.find()) {
            String id = bracketed.group(1).replaceAll("\\s+", "");
            if (!id.isEmpty() && id.length() <= EmailText.MAX_HEADER_LENGTH) {
                ids.add("<" + id + ">");
            }
        }
        if (ids.isEmpty() && value.indexOf('<') < 0) {
            for (String id : value.strip().split("[\\s,]+")) {
                if (!id.isEmpty() && id.length() <= EmailText.MAX_HEADER_LENGTH) {
                    ids.add(id);
                }
            }
        }
        return bounded(ids);
    }

    private static List<String> bounded(List<String> ids) {
        if (ids.size() <= MAX_REFERENCES) {
            return List.copyOf(ids);
        }
        List<String> kept = new ArrayList<>(MAX_REFERENCES);
        kept.add(ids.get(0));
        kept.addAll(ids.subList(ids.size() - (MAX_REFERENCES - 1), ids.size()));
        return List.copyOf(kept);
    }
}
