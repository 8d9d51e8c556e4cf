package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.messaging.SweepProperties;
import dev.switchboard.events.StatusCause;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Wakes snoozed conversations whose time has come, at most a batch per run; run periodically on every instance. Each
 * wake is a conditional single-document update, so when two instances find the same conversation due, exactly one
 * wakes it.
 */
@Component
public class SnoozeAlarm {

    private final ConversationRepository conversations;
    private final ReopenConversation reopen;
    private final SweepProperties sweeps;
    private final Clock clock;

    SnoozeAlarm(ConversationRepository conversations, ReopenConversation reopen, SweepProperties sweeps,
            Clock clock) {
        this.conversations = conversations;
        this.reopen = reopen;
        this.sweeps = sweeps;
        this.clock = clock;
    }

    /** Wakes what is due now; answers how many this call woke. */
    public int wakeDue() {
        int woken = 0;
        for (Conversation due : conversations.dueSnoozes(clock.instant(), sweeps.batch())) {
            woken += reopen.wake(due.workspaceId(), due.id(), StatusCause.SNOOZE_ENDED) ? 1 : 0;
        }
        return woken;
    }
}
