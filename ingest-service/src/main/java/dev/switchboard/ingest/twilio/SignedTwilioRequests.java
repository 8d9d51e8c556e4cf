package dev.switchboard.ingest.twilio;

import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.TwilioNumber;
import dev.switchboard.ingest.web.ProblemType;
import dev.switchboard.ingest.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a Twilio webhook's form only as far as is safe (form content type, bounded size) and lets it through only
 * when Twilio's signature over the public URL and every parameter is genuine; each refusal is a problem detail.
 */
@Component
class SignedTwilioRequests {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";

    private static final Logger log = LoggerFactory.getLogger(SignedTwilioRequests.class);

    private final PublicUrl publicUrl;
    private final int maxBodyBytes;

    SignedTwilioRequests(PublicUrl publicUrl, TwilioProperties properties) {
        this.publicUrl = publicUrl;
        this.maxBodyBytes = Math.toIntExact(properties.twilioMaxBodySize().toBytes());
    }

    /** The verified form, or a 415, 401, 413 or 400 problem; the body is never logged. */
    TwilioForm verify(Inbox inbox, TwilioNumber twilio, HttpServletRequest request) throws IOException {
        RequestBodies.requireMediaType(request.getContentType(), MediaType.APPLICATION_FORM_URLENCODED,
                "Twilio webhooks are " + MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        String signature = request.getHeader(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw ProblemType.INVALID_SIGNATURE.exception("the " + SIGNATURE_HEADER + " header is missing");
        }
        TwilioForm form = parse(RequestBodies.readBounded(request, maxBodyBytes));
        String url = publicUrl.of(request);
        if (!TwilioSignature.matches(twilio.authToken(), url, form, signature)) {
            log.warn("Rejected Twilio webhook for inbox {}: signature does not match {}", inbox.id(), url);
            throw ProblemType.INVALID_SIGNATURE.exception(
                    "the " + SIGNATURE_HEADER + " header does not match this request");
        }
        return form;
    }

    private static TwilioForm parse(byte[] body) {
        try {
            return TwilioForm.parse(body);
        } catch (MalformedTwilioRequest e) {
            throw ProblemType.INVALID_REQUEST.exception("request " + e.getMessage());
        }
    }

}
