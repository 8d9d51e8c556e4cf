package dev.switchboard.ingest.meta;

import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.Inboxes;
import dev.switchboard.ingest.inbox.MetaAccount;
import dev.switchboard.ingest.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meta's webhook for one Messenger, Instagram or WhatsApp Cloud API inbox: the subscription handshake (GET), and the
 * signed notifications (POST), answered 200 only once Kafka has every message and receipt of the batch. Anything
 * else is a problem detail, counted, and Meta retries.
 */
@RestController
class MetaWebhookController {

    static final String PATH = "/webhooks/meta/{inboxId}";
    static final String EVENT_RECEIVED = "EVENT_RECEIVED";

    /** UTF-8, so the challenge goes back in the bytes it came in, whatever Meta puts in it. */
    private static final MediaType TEXT_PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Inboxes inboxes;
    private final SignedMetaRequests requests;
    private final MetaMessages messages;
    private final MetaMetrics metrics;

    MetaWebhookController(Inboxes inboxes, SignedMetaRequests requests, MetaMessages messages, MetaMetrics metrics) {
        this.inboxes = inboxes;
        this.requests = requests;
        this.messages = messages;
        this.metrics = metrics;
    }

    @GetMapping(PATH)
    ResponseEntity<String> subscribe(@PathVariable String inboxId,
            @RequestParam(name = "hub.mode", required = false) @Nullable String mode,
            @RequestParam(name = "hub.verify_token", required = false) @Nullable String verifyToken,
            @RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
        Optional<Inbox> inbox = find(inboxId);
        try {
            String echoed = MetaHandshake.challenge(meta(require(inbox, inboxId)), mode, verifyToken, challenge);
            return ResponseEntity.ok().contentType(TEXT_PLAIN).body(echoed);
        } catch (ErrorResponseException e) {
            throw metrics.rejected(inbox, e);
        }
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(@PathVariable String inboxId, HttpServletRequest request) throws IOException {
        Optional<Inbox> inbox = find(inboxId);
        try {
            Inbox metaInbox = require(inbox, inboxId);
            MetaNotification notification = read(requests.verify(metaInbox, meta(metaInbox), request));
            notification.misaddressed(metaInbox.channel(), meta(metaInbox)).ifPresent(reason -> {
                throw ProblemType.INBOX_NOT_FOUND.exception("inbox '" + inboxId + "' " + reason);
            });
            messages.accept(metaInbox, notification.webhooks());
            metrics.accepted(metaInbox, notification.webhooks());
            return ResponseEntity.ok().contentType(TEXT_PLAIN).body(EVENT_RECEIVED);
        } catch (ErrorResponseException e) {
            throw metrics.rejected(inbox, e);
        }
    }

    private Optional<Inbox> find(String inboxId) {
        return inboxes.find(inboxId, MetaObject.channels()).filter(found -> found.meta() != null);
    }

    private static Inbox require(Optional<Inbox> inbox, String inboxId) {
        return inbox.orElseThrow(() -> ProblemType.INBOX_NOT_FOUND.exception(
                "no Messenger, Instagram or WhatsApp Cloud API inbox '" + inboxId + "'"));
    }

    private static MetaAccount meta(Inbox inbox) {
        return Objects.requireNonNull(inbox.meta());
    }

    private static MetaNotification read(byte[] body) {
        try {
            return MetaNotification.parse(body);
        } catch (MalformedMetaRequest e) {
            throw ProblemType.INVALID_REQUEST.exception(e.getMessage());
        }
    }
}
