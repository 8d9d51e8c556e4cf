package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Problems;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.StatusCause;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An agent puts a conversation aside until a time: routing frees the agent's room (or stops looking for one), and
 * the conversation wakes by itself when the time comes ({@link SnoozeAlarm}) or when the customer writes. Snoozing a
 * snoozed conversation moves its time.
 */
@Service
class SnoozeConversation {

    private static final Logger log = LoggerFactory.getLogger(SnoozeConversation.class);

    private final ConversationAccess access;
    private final ConversationChanges changes;

    SnoozeConversation(ConversationAccess access, ConversationChanges changes) {
        this.access = access;
        this.changes = changes;
    }

    Conversation snooze(CurrentAgent agent, String conversationId, Instant until) {
        ConversationAccess.requireUnresolved(access.handledBy(agent, conversationId));
        Instant at = changes.now();
        if (!until.isAfter(at)) {
            throw Problems.invalidField("until", "must be in the future");
        }
        Conversation snoozed = changes.applyFor(agent, conversationId, current -> {
            ConversationAccess.requireUnresolved(current);
            return Optional.of(snoozing(current, until, agent, at));
        });
        log.info("Conversation {} snoozed by agent {} until {}", conversationId, agent.agentId(), until);
        return snoozed;
    }

    private static Transition snoozing(Conversation before, Instant until, CurrentAgent agent, Instant at) {
        Conversation after = before.snoozed(until, at);
        List<SwitchboardEvent> events = new ArrayList<>(
                List.of(LifecycleEvents.statusChanged(before, after, StatusCause.AGENT, agent.agentId())));
        if (before.isOpen()) {
            events.add(LifecycleEvents.released(after, before.assigneeId(), ReleaseReason.SNOOZED));
        }
        return new Transition(after, events);
    }
}
