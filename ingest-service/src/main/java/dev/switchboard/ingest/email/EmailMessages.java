package dev.switchboard.ingest.email;


import dev.switchboard.events.Attachment;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.events.ThreadHints;
import dev.switchboard.ingest.email.RelayedEmail.CustomerEmail;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.publishing.InboundPublisher;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Normalises a customer's email into {@link MessageReceived} and hands it to Kafka before the relay hears 200. */
@Service
class EmailMessages {

    static final String ATTACHMENT_SCHEME = "attachment://";

    private static final Logger log = LoggerFactory.getLogger(EmailMessages.class);

    private final InboundPublisher publisher;
    private final Clock clock;

    EmailMessages(InboundPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Publishes the email and returns its messageId once Kafka acknowledged it. */
    String accept(Inbox inbox, CustomerEmail email) {
        MessageReceived event = toEvent(inbox, email, clock.instant());
        publisher.publish(event);
        log.info("Accepted email {} in inbox {} ({} attachments)", event.messageId(), inbox.id(),
                event.attachments().size());
        return event.messageId();
    }

    /**
     * The customer's thread: their address and the thread's root Message-ID. The address is part of it because
     * Message-IDs are not secret: anyone who saw one could otherwise write into another customer's conversation
     * (a colleague on CC who answers starts a conversation of their own).
     */
    static String thread(CustomerEmail email) {
        return email.fromAddress() + ":" + email.threadRoot();
    }

    static MessageReceived toEvent(Inbox inbox, CustomerEmail email, Instant receivedAt) {
        String messageId = ProviderMessageIds.of(inbox.id(), email.messageId());
        return new MessageReceived(UUID.randomUUID(), receivedAt, inbox.workspaceId(), inbox.id(), inbox.channel(),
                messageId, email.messageId(),
                MessageReceived.threadOf(inbox.workspaceId(), inbox.id(), thread(email)),
                new Sender(email.fromAddress(), email.fromName()), email.body().text(),
                attachments(messageId, email.body().attachments()),
                new ThreadHints(email.messageId(), email.inReplyTo(), email.references(), email.subject()),
                email.sentAt(), metadata(email));
    }

    /** A reference to the attachment ({@code attachment://<messageId>/<index>}), not yet a fetchable URL. */
    static String attachmentUrl(String messageId, int index) {
        return ATTACHMENT_SCHEME + messageId + "/" + index;
    }

    private static List<Attachment> attachments(String messageId, List<EmailBody.Part> parts) {
        return IntStream.range(0, parts.size())
                .mapToObj(i -> new Attachment(attachmentUrl(messageId, i), parts.get(i).contentType(),
                        parts.get(i).fileName(), parts.get(i).size()))
                .toList();
    }

    /** Only what differs from an ordinary mail, so consumers can tell a complete message from a cut one. */
    private static Map<String, String> metadata(CustomerEmail email) {
        Map<String, String> metadata = new HashMap<>();
        if (email.messageIdSynthesized()) {
            metadata.put("messageIdSynthesized", "true");
        }
        if (email.body().textTruncated()) {
            metadata.put("textTruncated", "true");
        }
        if (email.body().attachmentsOmitted() > 0) {
            metadata.put("attachmentsOmitted", Integer.toString(email.body().attachmentsOmitted()));
        }
        return metadata;
    }
}
