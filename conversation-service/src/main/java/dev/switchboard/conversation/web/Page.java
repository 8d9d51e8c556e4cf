package dev.switchboard.conversation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items, and the opaque cursor of the page after it ({@code null} on the last page). A cursor
 * names the last item's sort key, so items added or changed meanwhile never shift a page into a duplicate or a gap.
 */
public record Page<T>(List<T> items, @Nullable String next) {

    public Page {
        items = List.copyOf(items);
    }
}
