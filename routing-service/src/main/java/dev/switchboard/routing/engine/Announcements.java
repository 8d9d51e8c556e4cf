package dev.switchboard.routing.engine;

import dev.switchboard.events.UnassignmentReason;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Tells each waiting conversation its place in line and estimated wait: when it joins the queue, when it rejoins it,
 * and again whenever its position has moved materially — out of the {@link PositionBands band} last announced —
 * remembering what was last announced.
 */
final class Announcements {

    private final Floor floor;
    private final Decisions decisions;

    Announcements(Floor floor, Decisions decisions) {
        this.floor = floor;
        this.decisions = decisions;
    }

    void queued(String conversationId, @Nullable UUID requestId) {
        Conversation waiting = floor.queued(conversationId).orElseThrow();
        queuedAt(waiting, floor.queue().indexOf(conversationId) + 1, requestId);
    }

    /** Announces that a conversation, already back in line, was taken from its agent. */
    void unassigned(String conversationId, String previousAgentId, UnassignmentReason reason,
            @Nullable UUID requestId) {
        Conversation waiting = floor.queued(conversationId).orElseThrow();
        int position = floor.queue().indexOf(conversationId) + 1;
        decisions.unassigned(waiting, previousAgentId, reason, position, floor.queueLength(),
                floor.estimatedWaitSeconds(position), requestId);
        floor.announced(waiting.conversationId(), position);
    }

    /** Re-announces every waiting conversation whose position left the band last announced to it, in line order. */
    void movedPositions() {
        for (Conversation waiting : floor.queue().takeMaybeMoved()) {
            int position = floor.queue().indexOf(waiting.conversationId()) + 1;
            if (PositionBands.moved(waiting.announcedPosition(), position)) {
                queuedAt(waiting, position, null);
            }
        }
    }

    private void queuedAt(Conversation waiting, int position, @Nullable UUID requestId) {
        decisions.queued(waiting, position, floor.queueLength(), floor.estimatedWaitSeconds(position), requestId);
        floor.announced(waiting.conversationId(), position);
    }
}
