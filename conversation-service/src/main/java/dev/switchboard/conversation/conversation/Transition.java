package dev.switchboard.conversation.conversation;

import dev.switchboard.events.SwitchboardEvent;
import java.util.List;

/** One step of a conversation's life and the events it causes, stored together in one write (the outbox). */
record Transition(Conversation after, List<SwitchboardEvent> events) {

    Transition {
        events = List.copyOf(events);
    }
}
