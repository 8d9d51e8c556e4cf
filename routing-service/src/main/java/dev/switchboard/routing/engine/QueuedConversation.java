package dev.switchboard.routing.engine;

import dev.switchboard.events.Priority;
import java.time.Instant;
import java.util.Comparator;

/**
 * A conversation as routing knows it, kept with its place in line so that one requeued after its agent went offline
 * goes back where it originally stood.
 *
 * @param waitingSince when it first entered routing
 * @param arrival the workspace's arrival counter when it entered, breaking ties between equal {@code waitingSince}
 */
public record QueuedConversation(String conversationId, Priority priority, Instant waitingSince, long arrival) {

    /** Drain order: highest priority first, then the one waiting longest. */
    public static final Comparator<QueuedConversation> DRAIN_ORDER = Comparator
            .comparing(QueuedConversation::priority, Comparator.reverseOrder())
            .thenComparing(QueuedConversation::waitingSince)
            .thenComparingLong(QueuedConversation::arrival);
}
