package dev.switchboard.notify.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.EventFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One connection's feed: what it missed first, then the live events held meanwhile, never a record twice. */
class AgentStreamTest {

    private static final String TYPE = "dev.switchboard.conversation.message-appended.v1";
    private static final Viewer VIEWER = new Viewer(EventFixtures.WORKSPACE, "alice", false, Set.of());

    private final List<PushFrame> sent = new ArrayList<>();
    private final FrameSink sink = new FrameSink() {
        @Override
        public boolean send(PushFrame frame) {
            return sent.add(frame);
        }

        @Override
        public void close() {
            // nothing to release
        }
    };

    @Test
    void sendsTheReplayThenHeldLiveEventsSkippingWhatTheReplayCovered() {
        // Given: a client resuming after {0:4, 1:2}; live events arrive while its backlog is read
        AgentStream stream = new AgentStream(VIEWER, sink, 100);
        stream.offer(at(0, 6));
        stream.offer(at(1, 3));
        stream.offer(at(0, 7));
        Cursor from = Cursor.of(Map.of(0, 4L, 1, 2L));
        Cursor end = Cursor.of(Map.of(0, 6L, 1, 3L));
        // When: the backlog (up to the end captured at connect) had two of its events on partition 0
        stream.caughtUp(new CatchUp.Replay(List.of(at(0, 5), at(0, 6)), from, end, true));
        stream.offer(at(0, 7));
        stream.offer(at(0, 8));
        // Then: 5, 6, connected, 7 (held), 8 (live); the live 6, 1:3 (examined by the replay) and the repeated 7 never
        assertThat(sent).extracting(PushFrame::type).containsExactly(TYPE, TYPE, CloudEventFrame.CONNECTED, TYPE, TYPE);
        assertThat(sent).extracting(PushFrame::position).containsExactly(
                cursor(5, 2), cursor(6, 2), cursor(6, 3), cursor(7, 3), cursor(8, 3));
    }

    @Test
    void tooManyLiveEventsWhileCatchingUpAskForAReloadFromWhereLiveStands() {
        // Given: room for two held events, three arrive
        AgentStream stream = new AgentStream(VIEWER, sink, 2);
        stream.offer(at(0, 10));
        stream.offer(at(0, 11));
        stream.offer(at(1, 12));
        Cursor end = Cursor.of(Map.of(0, 9L, 1, 1L));
        // When
        stream.caughtUp(new CatchUp.Replay(List.of(), end, end, true));
        stream.offer(at(1, 12));
        stream.offer(at(1, 13));
        // Then: a resync at {0:11, 1:12}, then only what is newer
        assertThat(sent).extracting(PushFrame::type).containsExactly(CloudEventFrame.RESYNC_REQUIRED, TYPE);
        assertThat(sent).extracting(PushFrame::position).containsExactly(cursor(11, 12), cursor(11, 13));
    }

    @Test
    void aResyncStandsAtTheEndAndStillDeliversNewerHeldEvents() {
        // Given
        AgentStream stream = new AgentStream(VIEWER, sink, 100);
        stream.offer(at(0, 3));
        stream.offer(at(0, 4));
        // When
        stream.caughtUp(new CatchUp.Resync("position not recognised", Cursor.of(Map.of(0, 3L, 1, 0L))));
        // Then
        assertThat(sent).extracting(PushFrame::type).containsExactly(CloudEventFrame.RESYNC_REQUIRED, TYPE);
        assertThat(sent).extracting(PushFrame::position).containsExactly(cursor(3, 0), cursor(4, 0));
    }

    private static PositionedEvent at(int partition, long offset) {
        return new PositionedEvent(EventFixtures.messageAppended(), new Position(partition, offset));
    }

    private static String cursor(long partition0, long partition1) {
        return Cursor.of(Map.of(0, partition0, 1, partition1)).encode();
    }
}
