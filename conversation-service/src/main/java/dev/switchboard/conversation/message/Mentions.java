package dev.switchboard.conversation.message;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @handle} mentions in a note: an {@code @} not inside a word or an address, then an agent id (a
 * sentence's full stop after it is not part of it). Only handles are found here; which are agents is the directory's
 * answer.
 */
final class Mentions {

    /** More mentions than this in one note are left as plain text. */
    static final int MAX = 20;

    private static final Pattern HANDLE = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?)");

    private Mentions() {
    }

    /** The handles mentioned in {@code text}, each once, in the order first mentioned. */
    static List<String> handlesIn(String text) {
        Set<String> handles = new LinkedHashSet<>();
        Matcher matcher = HANDLE.matcher(text);
        while (matcher.find() && handles.size() < MAX) {
            handles.add(matcher.group(1));
        }
        return List.copyOf(handles);
    }
}
