package dev.switchboard.routing.engine;

import dev.switchboard.events.UnassignmentReason;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Tells each waiting conversation its place in line and estimated wait: when it joins the queue, when it rejoins it,
 * and again whenever its position has moved materially, remembering what was last announced.
 */
final class Announcements {

    private final Floor floor;
    private final Decisions decisions;

    Announcements(Floor floor, Decisions decisions) {
        this.floor = floor;
        this.decisions = decisions;
    }

    void queued(String conversationId, @Nullable UUID requestId) {
        queuedAt(floor.indexOf(conversationId), requestId);
    }

    /** Announces that a conversation, already back in line, was taken from its agent. */
    void unassigned(String conversationId, String previousAgentId, UnassignmentReason reason,
            @Nullable UUID requestId) {
        int index = floor.indexOf(conversationId);
        Conversation waiting = floor.queue().get(index);
        decisions.unassigned(waiting, previousAgentId, reason, index + 1, floor.queue().size(),
                floor.estimatedWaitSeconds(index + 1), requestId);
        floor.replaceQueued(index, waiting.announcedAt(index + 1));
    }

    /**
     * Re-announces every waiting conversation whose position moved materially since last announced: by a quarter of
     * that position, which is any move within the first seven places.
     */
    void movedPositions() {
        List<Conversation> queue = floor.queue();
        for (int index = 0; index < queue.size(); index++) {
            int announced = queue.get(index).announcedPosition();
            if (Math.abs(index + 1 - announced) >= Math.max(1, announced / 4)) {
                queuedAt(index, null);
            }
        }
    }

    private void queuedAt(int index, @Nullable UUID requestId) {
        Conversation waiting = floor.queue().get(index);
        decisions.queued(waiting, index + 1, floor.queue().size(), floor.estimatedWaitSeconds(index + 1),
                requestId);
        floor.replaceQueued(index, waiting.announcedAt(index + 1));
    }
}
