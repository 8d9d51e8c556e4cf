package dev.switchboard.ingest.meta;

import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.MetaAccount;
import dev.switchboard.ingest.web.ProblemType;
import dev.switchboard.ingest.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a Meta webhook's body only as far as is safe (JSON content type, bounded size) and lets it through only when
 * {@code X-Hub-Signature-256} is the app secret's signature of exactly those bytes; each refusal is a problem detail.
 */
@Component
class SignedMetaRequests {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private static final Logger log = LoggerFactory.getLogger(SignedMetaRequests.class);

    private final int maxBodyBytes;

    SignedMetaRequests(MetaProperties properties) {
        this.maxBodyBytes = Math.toIntExact(properties.metaMaxBodySize().toBytes());
    }

    /** The verified raw body, or a 415, 401 or 413 problem; the body is never logged. */
    byte[] verify(Inbox inbox, MetaAccount meta, HttpServletRequest request) throws IOException {
        RequestBodies.requireMediaType(request.getContentType(), MediaType.APPLICATION_JSON,
                "Meta webhooks are " + MediaType.APPLICATION_JSON_VALUE);
        String signature = request.getHeader(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw ProblemType.INVALID_SIGNATURE.exception("the " + SIGNATURE_HEADER + " header is missing");
        }
        byte[] body = RequestBodies.readBounded(request, maxBodyBytes);
        if (!MetaSignature.matches(meta.appSecret(), body, signature)) {
            log.warn("Rejected Meta webhook for inbox {}: signature does not match the body", inbox.id());
            throw ProblemType.INVALID_SIGNATURE.exception(
                    "the " + SIGNATURE_HEADER + " header does not match this request's body");
        }
        return body;
    }

}
