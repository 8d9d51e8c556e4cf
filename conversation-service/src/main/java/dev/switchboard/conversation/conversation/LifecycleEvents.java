package dev.switchboard.conversation.conversation;

import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationStatusChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.StatusCause;
import dev.switchboard.events.WaitingReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The events of a status change, public and for routing. Ids derive from the conversation's new revision and times
 * from its state, never from the clock, so the same change always yields the same events.
 */
final class LifecycleEvents {

    private LifecycleEvents() {
    }

    static ConversationStatusChanged statusChanged(Conversation before, Conversation after, StatusCause cause,
            @Nullable String agentId) {
        return new ConversationStatusChanged(EventIds.of(after, "status-changed"), after.updatedAt(),
                after.workspaceId(), after.id(), before.status(), after.status(), cause, agentId, after.lastAgent(),
                after.state().snoozedUntil());
    }

    /** Routing is asked for an agent again, preferring whoever held it last, in line from now. */
    static ConversationWaiting waitingAgain(Conversation after) {
        return new ConversationWaiting(EventIds.of(after, "waiting"), after.updatedAt(), after.workspaceId(),
                after.id(), after.inboxId(), after.channel(), after.priority(), after.state().team(), List.of(),
                after.lastAgent(), after.lastMessageAt(), after.state().waitingSince(), WaitingReason.REOPENED);
    }

    /** Routing frees {@code heldBy}'s room; with nobody named, it withdraws the conversation from the queue. */
    static ConversationReleased released(Conversation after, @Nullable String heldBy, ReleaseReason reason) {
        return new ConversationReleased(EventIds.of(after, "released"), after.updatedAt(), after.workspaceId(),
                after.id(), heldBy, reason);
    }
}
