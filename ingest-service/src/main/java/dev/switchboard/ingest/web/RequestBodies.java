package dev.switchboard.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads a provider's request only as far as is safe, for every adapter alike: the declared content type first (415),
 * then the raw body bounded by the channel's limit (413) — refused on the declared length before reading anything,
 * otherwise one byte past the limit at most. Signatures are then checked over exactly these bytes.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * @param requirement the 415's detail, naming what the channel expects, e.g. "Meta webhooks are application/json"
     */
    public static void requireMediaType(@Nullable String contentType, MediaType expected, String requirement) {
        try {
            if (contentType != null && expected.includes(MediaType.parseMediaType(contentType))) {
                return;
            }
        } catch (InvalidMediaTypeException e) {
            // an unreadable content type is as unsupported as a missing one
        }
        throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception(requirement + " (Content-Type)");
    }

    public static byte[] readBounded(HttpServletRequest request, int maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream body = request.getInputStream()) {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return bytes;
        }
    }

    private static RuntimeException tooLarge(int maxBytes) {
        return ProblemType.CONTENT_TOO_LARGE.exception("the body exceeds " + maxBytes + " bytes");
    }
}
