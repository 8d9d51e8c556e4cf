package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.publishing.InboundPublisher;
import java.time.Clock;
import java.time.Instant;
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
                inbox.channel(), messageId(inbox.id(), message.messageSid()), message.messageSid(),
                new Sender(message.handle(), message.profileName()), message.body(), message.media(), null);
    }

    /** Name-based on the inbox and Twilio's MessageSid, so Twilio's retry of a message is the same message. */
    static String messageId(String inboxId, String messageSid) {
        return UUID.nameUUIDFromBytes((inboxId + ":" + messageSid).getBytes(UTF_8)).toString();
    }
}
