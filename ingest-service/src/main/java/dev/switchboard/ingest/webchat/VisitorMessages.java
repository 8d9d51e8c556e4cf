package dev.switchboard.ingest.webchat;

import dev.switchboard.events.Channel;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.publishing.InboundPublisher;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Normalises a visitor's post into {@link MessageReceived} and hands it to Kafka before anyone says "accepted". */
@Service
class VisitorMessages {

    private static final Logger log = LoggerFactory.getLogger(VisitorMessages.class);

    private final InboundPublisher publisher;
    private final Clock clock;

    VisitorMessages(InboundPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Publishes the message and returns its messageId once Kafka acknowledged it. */
    String accept(Inbox inbox, VisitorClaims visitor, PostMessageRequest request) {
        visitor.requireVisitor(request.visitorId());
        MessageReceived event = toEvent(inbox, visitor, request);
        publisher.publish(event);
        log.info("Accepted web chat message {} in inbox {} ({} attachments)", event.messageId(), inbox.id(),
                event.attachments().size());
        return event.messageId();
    }

    private MessageReceived toEvent(Inbox inbox, VisitorClaims visitor, PostMessageRequest request) {
        String messageId = MessageIds.of(inbox.id(), request.visitorId(), request.clientMessageId());
        String providerMessageId = request.clientMessageId() != null ? request.clientMessageId() : messageId;
        return new MessageReceived(UUID.randomUUID(), clock.instant(), inbox.workspaceId(), inbox.id(),
                Channel.WEBCHAT, messageId, providerMessageId,
                MessageReceived.threadOf(inbox.workspaceId(), inbox.id(), request.visitorId()),
                new Sender(request.visitorId(), visitor.name()), request.text() == null ? "" : request.text(),
                request.attachmentsOrEmpty().stream().map(AttachmentRequest::toAttachment).toList(), null, null,
                Map.of());
    }
}
