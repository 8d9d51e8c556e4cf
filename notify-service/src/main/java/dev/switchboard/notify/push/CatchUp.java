package dev.switchboard.notify.push;

import java.util.List;

/** What a connection gets before its live events: what it missed, or word that it must reload by REST. */
sealed interface CatchUp {

    /** Where the stream stands once this is sent: every record before it was examined for the client. */
    Cursor end();

    /**
     * The events after the client's cursor that it may see, in each partition's order.
     *
     * @param from the client's cursor, covering every partition: the replayed frames' positions advance from it
     */
    record Replay(List<PositionedEvent> events, Cursor from, Cursor end, boolean resumed) implements CatchUp {
    }

    /** The gap cannot be filled (unknown or expired cursor, too long a backlog): the client reloads by REST. */
    record Resync(String reason, Cursor end) implements CatchUp {
    }
}
