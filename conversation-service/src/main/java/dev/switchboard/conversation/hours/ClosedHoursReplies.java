package dev.switchboard.conversation.hours;

import dev.switchboard.conversation.conversation.Conversation;
import dev.switchboard.conversation.conversation.ConversationRepository;
import dev.switchboard.conversation.conversation.EventIds;
import dev.switchboard.conversation.message.Message;
import dev.switchboard.conversation.message.OutboundMessages;
import dev.switchboard.conversation.workspace.WorkspaceSettings;
import dev.switchboard.conversation.workspace.WorkspaceSettingsStore;
import dev.switchboard.events.Author;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageAppended;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answers a customer who writes while the team is closed, once per conversation and closed period, on their own
 * channel: "we open at 8:00 AM, and your message is in the queue". It hears each customer message this service
 * publishes (an in-process {@link MessageAppended}, as the outbox relay hands it to Kafka); the message's own time
 * decides, so a republished event decides alike. The reply is stored with its events under an id derived from the
 * conversation and the closed period, so a repeat stores nothing new. The conversation keeps waiting: routing assigns
 * it when agents come online. One already assigned gets no reply.
 */
@Component
class ClosedHoursReplies {

    /** The author id of Switchboard's business-hours replies ({@code Author.Kind.SYSTEM}). */
    static final String AUTHOR = "business-hours";

    private static final Logger log = LoggerFactory.getLogger(ClosedHoursReplies.class);

    private final WorkspaceSettingsStore workspaces;
    private final ConversationRepository conversations;
    private final AutoReplyLedger ledger;
    private final OutboundMessages outbound;
    private final Clock clock;

    ClosedHoursReplies(WorkspaceSettingsStore workspaces, ConversationRepository conversations, AutoReplyLedger ledger,
            OutboundMessages outbound, Clock clock) {
        this.workspaces = workspaces;
        this.conversations = conversations;
        this.ledger = ledger;
        this.outbound = outbound;
        this.clock = clock;
    }

    @EventListener
    void on(MessageAppended appended) {
        if (appended.direction() != Direction.INBOUND) {
            return;
        }
        WorkspaceSettings settings = workspaces.find(appended.workspaceId());
        new BusinessHours(settings.timeZone(), settings.schedule(), Set.copyOf(settings.holidays()))
                .closedPeriodAt(appended.occurredAt())
                .ifPresent(closed -> conversations.find(appended.workspaceId(), appended.conversationId())
                        .filter(Conversation::awaitsAgent)
                        .ifPresent(conversation -> reply(conversation, settings, closed, appended)));
    }

    private void reply(Conversation conversation, WorkspaceSettings settings, ClosedPeriod closed,
            MessageAppended wrote) {
        if (!ledger.due(conversation.id(), closed.since())) {
            return;
        }
        String id = EventIds.derived(conversation.id(), "closed-reply:" + closed.since()).toString();
        Message reply = outbound.send(conversation, new Message(id, conversation.id(), conversation.workspaceId(),
                Direction.OUTBOUND, new Author(Author.Kind.SYSTEM, AUTHOR),
                ClosedReplyText.of(settings, closed, wrote.occurredAt()), List.of(), clock.instant(),
                outbound.emailThread(conversation), null));
        ledger.sent(conversation.id(), closed.since());
        log.info("Conversation {} written to while closed: auto-reply {} stored and relayed (opening at {})",
                conversation.id(), reply.id(), closed.opensAt());
    }
}
