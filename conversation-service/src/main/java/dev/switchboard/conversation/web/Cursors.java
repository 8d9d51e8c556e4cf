package dev.switchboard.conversation.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Encodes a page's position (the last item's sort key) as an opaque cursor, and reads one back or refuses it. */
public final class Cursors {

    private static final String SEPARATOR = "|";

    private Cursors() {
    }

    /** The cursor of {@code parts}; none of them may contain {@value #SEPARATOR}. */
    public static String encode(List<String> parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of {@code cursor}, or a 400 problem naming the field {@code cursor}. */
    public static List<String> decode(String cursor, int parts) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> split = List.of(decoded.split("\\" + SEPARATOR, -1));
            if (split.size() == parts) {
                return split;
            }
        } catch (IllegalArgumentException e) {
            // not base64: refused below like any other cursor this service did not write
        }
        throw Problems.invalidField("cursor", "is not a cursor from a previous page");
    }

    /** A number read from a cursor part, or the same 400 problem. */
    public static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw Problems.invalidField("cursor", "is not a cursor from a previous page");
        }
    }
}
