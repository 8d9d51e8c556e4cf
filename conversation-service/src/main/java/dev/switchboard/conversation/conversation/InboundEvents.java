package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.message.Message;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.WaitingReason;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The events a stored inbound message yields. Ids and times come from the message and the conversation, never
 * from the clock, so deriving them again after a redelivery gives byte-for-byte the same events.
 */
public final class InboundEvents {

    private InboundEvents() {
    }

    /** The events of a message whose customer had no earlier conversation with an agent. */
    public static List<SwitchboardEvent> of(Conversation conversation, Message message) {
        return of(conversation, message, null);
    }

    /**
     * {@code ConversationOpened} and {@code ConversationWaiting} only for the opening message; always
     * {@code MessageAppended}. The conversation waits since it was opened, with its priority, preferring the agent
     * of the customer's {@code previous} conversation (sticky routing), as of that conversation's last message.
     */
    public static List<SwitchboardEvent> of(Conversation conversation, Message message,
            @Nullable Conversation previous) {
        List<SwitchboardEvent> events = new ArrayList<>();
        boolean opening = conversation.wasOpenedBy(message.id());
        if (opening) {
            events.add(new ConversationOpened(EventIds.derived(message.id(), "opened"), conversation.createdAt(),
                    conversation.workspaceId(), conversation.id(), conversation.inboxId(), conversation.channel(),
                    conversation.contactId(), conversation.contactHandle(), conversation.priority()));
        }
        events.add(new MessageAppended(EventIds.derived(message.id(), "appended"), message.createdAt(),
                message.workspaceId(), conversation.id(), message.id(), conversation.inboxId(), conversation.channel(),
                message.direction(), message.author(), message.text(), message.attachments(),
                conversation.assigneeId()));
        if (opening && conversation.awaitsAgent()) {
            events.add(new ConversationWaiting(EventIds.derived(message.id(), "waiting"), conversation.createdAt(),
                    conversation.workspaceId(), conversation.id(), conversation.inboxId(), conversation.channel(),
                    conversation.priority(), conversation.state().team(), List.of(),
                    previous == null ? null : previous.lastAgent(),
                    previous == null ? null : previous.lastMessageAt(), conversation.createdAt(),
                    WaitingReason.NEW));
        }
        return events;
    }
}
