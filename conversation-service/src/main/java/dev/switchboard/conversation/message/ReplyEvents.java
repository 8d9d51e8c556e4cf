package dev.switchboard.conversation.message;

import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.EventIds;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.SwitchboardEvent;
import java.util.List;

/** The events a stored message to the customer yields, with ids derived from it so a retry stores the same ones. */
final class ReplyEvents {

    private ReplyEvents() {
    }

    /** {@code MessageAppended} (OUTBOUND) for live views and {@code AgentReplied} to deliver it to the contact. */
    static List<SwitchboardEvent> of(Conversation conversation, Message reply) {
        MessageAppended appended = new MessageAppended(EventIds.derived(reply.id(), "appended"), reply.createdAt(),
                reply.workspaceId(), conversation.id(), reply.id(), conversation.inboxId(), conversation.channel(),
                reply.direction(), reply.author(), reply.text(), reply.attachments(), conversation.assigneeId());
        AgentReplied replied = new AgentReplied(EventIds.derived(reply.id(), "replied"), reply.createdAt(),
                reply.workspaceId(), conversation.id(), reply.id(), conversation.inboxId(), conversation.channel(),
                conversation.contactHandle(), reply.author().id(), reply.text(), reply.attachments(),
                reply.threadHints());
        return List.of(appended, replied);
    }
}
