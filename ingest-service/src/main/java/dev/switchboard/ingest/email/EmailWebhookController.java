package dev.switchboard.ingest.email;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.email.RelayedEmail.Automatic;
import dev.switchboard.ingest.email.RelayedEmail.CustomerEmail;
import dev.switchboard.ingest.inbox.EmailMailbox;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.Inboxes;
import dev.switchboard.ingest.metrics.IngestMetrics;
import dev.switchboard.ingest.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a mail relay posts each message it received for an email inbox, raw. The relay hears 200 only once Kafka has
 * the message (or once an automatic mail was recognised and dropped); anything else is a problem detail, and the
 * relay retries (5xx) or bounces (4xx).
 */
@RestController
class EmailWebhookController {

    static final String PROVIDER = "email";

    private static final Logger log = LoggerFactory.getLogger(EmailWebhookController.class);

    private final Inboxes inboxes;
    private final RelayRequests requests;
    private final EmailMessages messages;
    private final IngestMetrics metrics;

    EmailWebhookController(Inboxes inboxes, RelayRequests requests, EmailMessages messages, IngestMetrics metrics) {
        this.inboxes = inboxes;
        this.requests = requests;
        this.messages = messages;
        this.metrics = metrics;
    }

    @PostMapping("/webhooks/email/{inboxId}")
    EmailReceipt receive(@PathVariable String inboxId, HttpServletRequest request) throws IOException {
        Optional<Inbox> inbox = inboxes.find(inboxId, Channel.EMAIL).filter(found -> found.email() != null);
        try {
            Inbox emailInbox = inbox.orElseThrow(() -> ProblemType.INBOX_NOT_FOUND.exception(
                    "no email inbox '" + inboxId + "'"));
            return handle(emailInbox, read(requests.read(emailInbox, mailbox(emailInbox), request)));
        } catch (ErrorResponseException e) {
            metrics.rejected(PROVIDER, inbox.isPresent() ? IngestMetrics.tag(Channel.EMAIL)
                    : IngestMetrics.UNKNOWN_CHANNEL, e);
            throw e;
        }
    }

    private EmailReceipt handle(Inbox inbox, RelayedEmail email) {
        if (email instanceof Automatic automatic) {
            log.debug("Ignored automatic email ({}) for inbox {}", automatic.kind(), inbox.id());
            metrics.ignored(PROVIDER, Channel.EMAIL, automatic.kind());
            return EmailReceipt.ignored(automatic.kind());
        }
        String messageId = messages.accept(inbox, (CustomerEmail) email);
        metrics.accepted(PROVIDER, Channel.EMAIL);
        return EmailReceipt.accepted(messageId);
    }

    private static RelayedEmail read(byte[] raw) {
        try {
            return MimeEmail.read(raw);
        } catch (MalformedEmail e) {
            throw ProblemType.INVALID_REQUEST.exception(e.getMessage());
        }
    }

    private static EmailMailbox mailbox(Inbox inbox) {
        return Objects.requireNonNull(inbox.email());
    }
}
