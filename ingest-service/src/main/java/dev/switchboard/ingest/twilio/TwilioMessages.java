package dev.switchboard.ingest.twilio;


import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.publishing.InboundPublisher;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Normalises a Twilio message into {@link MessageReceived} and hands it to Kafka before Twilio hears 200. */
@Service
class TwilioMessages {

    private static final Logger log = LoggerFactory.getLogger(TwilioMessages.class);

    private final InboundPublisher publisher;
    private final Clock clock;

    TwilioMessages(InboundPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Publishes the message and returns its messageId once Kafka acknowledged it. */
    String accept(Inbox inbox, TwilioWebhook.InboundMessage message) {
        MessageReceived event = toEvent(inbox, message, clock.instant());
        publisher.publish(event);
        log.info("Accepted Twilio {} message {} in inbox {} ({} attachments)", inbox.channel(), event.messageId(),
                inbox.id(), event.attachments().size());
        return event.messageId();
    }

    static MessageReceived toEvent(Inbox inbox, TwilioWebhook.InboundMessage message, Instant receivedAt) {
        return new MessageReceived(UUID.randomUUID(), receivedAt, inbox.workspaceId(), inbox.id(),
                inbox.channel(), ProviderMessageIds.of(inbox.id(), message.messageSid()), message.messageSid(),
                MessageReceived.threadOf(inbox.workspaceId(), inbox.id(), message.handle()),
                new Sender(message.handle(), message.profileName()), message.body(), message.media(), null, null,
                Map.of());
    }

    /**
     * Publishes a status callback as a receipt, once Kafka has it; statuses before "sent" (queued, accepted,
     * sending, scheduled) say nothing an agent needs and are not published.
     *
     * @return the status published, if it was
     */
    Optional<DeliveryStatus> acceptStatus(Inbox inbox, TwilioWebhook.StatusCallback callback) {
        Optional<DeliveryStatusReported> receipt = toReceipt(inbox, callback, clock.instant());
        receipt.ifPresent(publisher::publish);
        return receipt.map(DeliveryStatusReported::status);
    }

    static Optional<DeliveryStatusReported> toReceipt(Inbox inbox, TwilioWebhook.StatusCallback callback,
            Instant receivedAt) {
        return status(callback.status()).map(status -> new DeliveryStatusReported(UUID.randomUUID(), receivedAt,
                inbox.workspaceId(), inbox.id(), inbox.channel(),
                MessageReceived.threadOf(inbox.workspaceId(), inbox.id(), callback.handle()), callback.messageSid(),
                status, status == DeliveryStatus.FAILED ? callback.errorCode() : null,
                status == DeliveryStatus.FAILED ? "Twilio status " + callback.status() : null, null,
                callback.accountSid() == null ? Map.of() : Map.of("AccountSid", callback.accountSid())));
    }

    /** Twilio's MessageStatus values that change what an agent sees about a reply. */
    static Optional<DeliveryStatus> status(String twilioStatus) {
        return Optional.ofNullable(switch (twilioStatus.toLowerCase(Locale.ROOT)) {
            case "sent" -> DeliveryStatus.SENT;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "undelivered", "failed", "canceled" -> DeliveryStatus.FAILED;
            default -> null;
        });
    }

}
