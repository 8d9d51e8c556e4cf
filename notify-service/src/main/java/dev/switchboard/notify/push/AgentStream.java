package dev.switchboard.notify.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One connection's ordered feed. Until its catch-up is done, live events are held back; then the missed events go
 * first, then the held live ones. A record at or before the connection's cursor is never sent (again): the cursor
 * is both the client's resume point and the de-duplication of catch-up against live.
 */
final class AgentStream {

    private final Viewer viewer;
    private final FrameSink sink;
    private final int holdLimit;
    private Cursor cursor = Cursor.of(Map.of());
    /** Live events held while catching up; null once live. */
    private @Nullable List<PositionedEvent> held = new ArrayList<>();
    /** Every live position offered while catching up, held or not: where a resync after an overflow stands. */
    private Cursor offered = Cursor.of(Map.of());
    private boolean overflowed;

    AgentStream(Viewer viewer, FrameSink sink, int holdLimit) {
        this.viewer = viewer;
        this.sink = sink;
        this.holdLimit = holdLimit;
    }

    Viewer viewer() {
        return viewer;
    }

    synchronized void offer(PositionedEvent live) {
        if (held == null) {
            deliver(live);
            return;
        }
        offered = offered.advancedTo(live.position());
        if (held.size() < holdLimit) {
            held.add(live);
        } else {
            overflowed = true;
        }
    }

    /** Sends what the client missed (or the resync notice), then the live events held meanwhile, and goes live. */
    synchronized void caughtUp(CatchUp catchUp) {
        List<PositionedEvent> heldBack = held == null ? List.of() : held;
        held = null;
        if (overflowed) {
            Cursor now = merged(catchUp.end(), offered);
            resync(new CatchUp.Resync("more live events than " + holdLimit + " arrived while catching up", now));
            return;
        }
        if (catchUp instanceof CatchUp.Replay replay) {
            cursor = replay.from();
            replay.events().forEach(this::deliver);
            cursor = catchUp.end();
            var data = CloudEventFrame.data().put("resumed", replay.resumed()).put("replayed", replay.events().size());
            sink.send(CloudEventFrame.notice(CloudEventFrame.CONNECTED, cursor, data));
        } else {
            resync((CatchUp.Resync) catchUp);
        }
        heldBack.forEach(this::deliver);
    }

    void close() {
        sink.close();
    }

    private void resync(CatchUp.Resync resync) {
        cursor = resync.end();
        sink.send(CloudEventFrame.notice(CloudEventFrame.RESYNC_REQUIRED, cursor,
                CloudEventFrame.data().put("reason", resync.reason())));
    }

    private void deliver(PositionedEvent event) {
        if (cursor.covers(event.position())) {
            return;
        }
        cursor = cursor.advancedTo(event.position());
        sink.send(CloudEventFrame.positioned(CloudEventFrame.of(event.event()), cursor));
    }

    private static Cursor merged(Cursor a, Cursor b) {
        Cursor merged = a;
        for (var entry : b.lastOffsets().entrySet()) {
            merged = merged.advancedTo(new Position(entry.getKey(), entry.getValue()));
        }
        return merged;
    }
}
