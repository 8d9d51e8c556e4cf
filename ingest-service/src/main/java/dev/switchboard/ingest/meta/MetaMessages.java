package dev.switchboard.ingest.meta;


import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.meta.MetaWebhook.InboundMessage;
import dev.switchboard.ingest.meta.MetaWebhook.Receipt;
import dev.switchboard.ingest.publishing.InboundPublisher;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Normalises every message and receipt of a Meta batch into inbound events and hands them all to Kafka before Meta
 * hears 200; if any is not acknowledged, Meta retries the whole batch and the consumer de-duplicates by provider id.
 */
@Service
class MetaMessages {

    private static final Logger log = LoggerFactory.getLogger(MetaMessages.class);

    private final InboundPublisher publisher;
    private final Clock clock;

    MetaMessages(InboundPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Publishes the batch's events, in Meta's order, and returns once Kafka acknowledged every one. */
    void accept(Inbox inbox, List<MetaWebhook> webhooks) {
        List<InboundEvent> events = toEvents(inbox, webhooks, clock.instant());
        publisher.publishAll(events);
        long messages = events.stream().filter(MessageReceived.class::isInstance).count();
        log.info("Accepted Meta batch for inbox {}: {} messages, {} receipts, {} ignored", inbox.id(), messages,
                events.size() - messages, webhooks.size() - events.size());
    }

    static List<InboundEvent> toEvents(Inbox inbox, List<MetaWebhook> webhooks, Instant receivedAt) {
        List<InboundEvent> events = new ArrayList<>();
        for (MetaWebhook webhook : webhooks) {
            if (webhook instanceof InboundMessage message) {
                events.add(toEvent(inbox, message, receivedAt));
            } else if (webhook instanceof Receipt receipt) {
                events.add(toReceipt(inbox, receipt, receivedAt));
            }
        }
        return events;
    }

    static MessageReceived toEvent(Inbox inbox, InboundMessage message, Instant receivedAt) {
        return new MessageReceived(UUID.randomUUID(), receivedAt, inbox.workspaceId(), inbox.id(), inbox.channel(),
                ProviderMessageIds.of(inbox.id(), message.providerMessageId()), message.providerMessageId(),
                MessageReceived.threadOf(inbox.workspaceId(), inbox.id(), message.handle()),
                new Sender(message.handle(), message.displayName()), message.text(), message.attachments(), null,
                message.sentAt(), message.metadata());
    }

    static DeliveryStatusReported toReceipt(Inbox inbox, Receipt receipt, Instant receivedAt) {
        boolean failed = receipt.status() == DeliveryStatus.FAILED;
        return new DeliveryStatusReported(UUID.randomUUID(), receivedAt, inbox.workspaceId(), inbox.id(),
                inbox.channel(), MessageReceived.threadOf(inbox.workspaceId(), inbox.id(), receipt.handle()),
                receipt.providerMessageId(), receipt.status(), failed ? receipt.errorCode() : null,
                failed ? receipt.errorMessage() : null, receipt.at(), receipt.metadata());
    }

}
