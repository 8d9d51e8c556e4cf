package dev.switchboard.ingest.email;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the customer wrote and what they attached, by description only: attachment bodies never leave the request.
 *
 * @param textTruncated whether the text was cut to {@link EmailText#MAX_LENGTH} characters
 * @param attachmentsOmitted attachments beyond {@link MimeBody#MAX_ATTACHMENTS}, not described
 */
record EmailBody(String text, boolean textTruncated, List<Part> attachments, int attachmentsOmitted) {

    EmailBody {
        attachments = List.copyOf(attachments);
    }

    /**
     * One attached file.
     *
     * @param contentType the MIME type without parameters, lower-cased
     * @param size the decoded size in bytes, null when the content cannot be decoded
     */
    record Part(String contentType, @Nullable String fileName, @Nullable Long size) {
    }
}
