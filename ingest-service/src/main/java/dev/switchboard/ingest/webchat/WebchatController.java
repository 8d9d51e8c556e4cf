package dev.switchboard.ingest.webchat;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.Inboxes;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The two calls the chat widget makes: start a session, then post messages with the session's token. */
@RestController
@RequestMapping("/webchat/{inboxId}")
class WebchatController {

    private final Inboxes inboxes;
    private final VisitorTokens tokens;
    private final VisitorMessages messages;

    WebchatController(Inboxes inboxes, VisitorTokens tokens, VisitorMessages messages) {
        this.inboxes = inboxes;
        this.tokens = tokens;
        this.messages = messages;
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    VisitorSession startSession(@PathVariable String inboxId,
            @RequestBody(required = false) @Valid @Nullable StartSessionRequest request) {
        Inbox inbox = inboxes.require(inboxId, Channel.WEBCHAT);
        String visitorId = request != null && request.visitorId() != null
                ? request.visitorId() : UUID.randomUUID().toString();
        return tokens.issue(inbox, visitorId, request == null ? null : request.name());
    }

    /** Authenticated by {@link VisitorAuthentication} before the body is even read. */
    @PostMapping("/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MessageAccepted postMessage(@PathVariable String inboxId,
            @RequestAttribute(VisitorAuthentication.CLAIMS) VisitorClaims visitor,
            @RequestBody @Valid PostMessageRequest request) {
        Inbox inbox = inboxes.require(inboxId, Channel.WEBCHAT);
        return new MessageAccepted(messages.accept(inbox, visitor, request));
    }
}
