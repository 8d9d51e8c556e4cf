package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.Inboxes;
import dev.switchboard.ingest.inbox.TwilioNumber;
import dev.switchboard.ingest.metrics.IngestMetrics;
import dev.switchboard.ingest.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's inbound-message and status-callback webhook for one SMS or WhatsApp inbox. Twilio hears 200 (an empty
 * TwiML response, so it sends no reply of its own) only once Kafka has the message; anything else is a problem detail
 * and Twilio retries or gives up.
 */
@RestController
class TwilioWebhookController {

    static final String PROVIDER = "twilio";
    static final Set<Channel> CHANNELS = Set.of(Channel.SMS, Channel.WHATSAPP);
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);
    private static final MediaType TEXT_XML = new MediaType("text", "xml", UTF_8);

    private final Inboxes inboxes;
    private final SignedTwilioRequests requests;
    private final TwilioMessages messages;
    private final IngestMetrics metrics;

    TwilioWebhookController(Inboxes inboxes, SignedTwilioRequests requests, TwilioMessages messages,
            IngestMetrics metrics) {
        this.inboxes = inboxes;
        this.requests = requests;
        this.messages = messages;
        this.metrics = metrics;
    }

    @PostMapping("/webhooks/twilio/{inboxId}")
    ResponseEntity<String> receive(@PathVariable String inboxId, HttpServletRequest request) throws IOException {
        Optional<Inbox> inbox = inboxes.find(inboxId, CHANNELS).filter(found -> found.twilio() != null);
        try {
            Inbox twilioInbox = inbox.orElseThrow(() -> ProblemType.INBOX_NOT_FOUND.exception(
                    "no Twilio SMS or WhatsApp inbox '" + inboxId + "'"));
            handle(twilioInbox, requests.verify(twilioInbox, twilio(twilioInbox), request));
            return ResponseEntity.ok().contentType(TEXT_XML).body(EMPTY_TWIML);
        } catch (ErrorResponseException e) {
            metrics.rejected(PROVIDER, inbox.map(found -> IngestMetrics.tag(found.channel()))
                    .orElse(IngestMetrics.UNKNOWN_CHANNEL), e);
            throw e;
        }
    }

    private void handle(Inbox inbox, TwilioForm form) {
        TwilioWebhook webhook = read(form);
        if (webhook instanceof TwilioWebhook.StatusCallback callback) {
            Optional<DeliveryStatus> published = messages.acceptStatus(inbox, callback);
            log.debug("Twilio status callback for inbox {}: {} {} (published: {})", inbox.id(),
                    callback.messageSid(), callback.status(), published.isPresent());
            published.ifPresentOrElse(status -> metrics.receipt(PROVIDER, inbox.channel(), status.name()),
                    () -> metrics.ignored(PROVIDER, inbox.channel(), "status-before-sent"));
        } else if (webhook instanceof TwilioWebhook.InboundMessage message) {
            if (!message.to().equals(twilio(inbox).number())) {
                throw ProblemType.INBOX_NOT_FOUND.exception(
                        "inbox '" + inbox.id() + "' does not receive on the number in 'To'");
            }
            messages.accept(inbox, message);
            metrics.accepted(PROVIDER, inbox.channel());
        }
    }

    private static TwilioWebhook read(TwilioForm form) {
        try {
            return TwilioWebhook.from(form);
        } catch (MalformedTwilioRequest e) {
            throw ProblemType.INVALID_REQUEST.exception("parameter " + e.getMessage());
        }
    }

    private static TwilioNumber twilio(Inbox inbox) {
        return Objects.requireNonNull(inbox.twilio());
    }
}
