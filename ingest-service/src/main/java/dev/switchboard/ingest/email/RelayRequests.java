package dev.switchboard.ingest.email;

import dev.switchboard.ingest.inbox.EmailMailbox;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.web.ProblemType;
import dev.switchboard.ingest.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Lets a relayed message in only from the relay holding the inbox's secret, only as {@code message/rfc822}, and only
 * as far as the size limit; each refusal is a problem detail and the body is never logged.
 */
@Component
class RelayRequests {

    static final MediaType MESSAGE_RFC822 = new MediaType("message", "rfc822");
    static final String CHALLENGE = "Basic realm=\"switchboard-email\"";

    private static final Logger log = LoggerFactory.getLogger(RelayRequests.class);

    private final int maxBodyBytes;

    RelayRequests(EmailProperties properties) {
        this.maxBodyBytes = Math.toIntExact(properties.emailMaxBodySize().toBytes());
    }

    /** The raw message, or a 401, 415, 413 problem. */
    byte[] read(Inbox inbox, EmailMailbox mailbox, HttpServletRequest request) throws IOException {
        authenticate(inbox, mailbox, request.getHeader(HttpHeaders.AUTHORIZATION));
        RequestBodies.requireMediaType(request.getContentType(), MESSAGE_RFC822,
                "relayed email is the raw message as " + MESSAGE_RFC822);
        return RequestBodies.readBounded(request, maxBodyBytes);
    }

    private static void authenticate(Inbox inbox, EmailMailbox mailbox, @Nullable String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("the Authorization header is missing: the relay must send HTTP Basic credentials");
        }
        if (!RelayCredentials.match(authorization, inbox.id(), mailbox.relaySecret())) {
            log.warn("Rejected relayed email for inbox {}: credentials do not match", inbox.id());
            throw unauthorized("the relay's credentials are not valid for this inbox");
        }
    }

    private static ErrorResponseException unauthorized(String detail) {
        ErrorResponseException problem = ProblemType.INVALID_SIGNATURE.exception(detail);
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        return problem;
    }

}
