package dev.switchboard.ingest.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One MIME part read leniently where RFC 2045 allows (an unreadable Content-Type is text/plain, an unknown charset is
 * UTF-8, an invalid byte U+FFFD) and strictly where the text itself would be lost (undecodable content).
 */
final class MimePartReader {

    private final Part part;
    private final String path;
    private final ContentType type;

    MimePartReader(Part part, String path) throws MessagingException {
        this.part = part;
        this.path = path;
        this.type = MimeParameters.contentType(part.getContentType());
    }

    boolean isMultipart() {
        return type.getPrimaryType().equalsIgnoreCase("multipart");
    }

    String subtype() {
        return type.getSubType().toLowerCase(Locale.ROOT);
    }

    String baseType() {
        return type.getBaseType().toLowerCase(Locale.ROOT);
    }

    boolean isHtml() {
        return baseType().equals("text/html");
    }

    /** A text/plain or text/html part that is not a file: part of what the customer wrote. */
    boolean isBodyText() throws MessagingException {
        boolean text = baseType().equals("text/plain") || isHtml();
        return text && !Part.ATTACHMENT.equalsIgnoreCase(disposition()) && fileName() == null;
    }

    /** The multipart, its parts already split, so a missing boundary is reported here, naming this part. */
    Multipart multipart() {
        try {
            if (part.getContent() instanceof Multipart multipart) {
                multipart.getCount();
                return multipart;
            }
        } catch (IOException | MessagingException e) {
            throw malformed("cannot be read: " + e.getMessage(), e);
        }
        throw malformed("cannot be read as a multipart", null);
    }

    /** The decoded text in its declared charset (UTF-8 when it declares none or one Java does not know). */
    String text() throws MessagingException {
        try (InputStream content = part.getInputStream()) {
            return new String(content.readAllBytes(), MimeParameters.charset(type.getParameter("charset")));
        } catch (IOException e) {
            throw malformed("cannot be decoded from its Content-Transfer-Encoding", e);
        }
    }

    /** The part as an attachment; its size is the decoded size, or null when the content cannot be decoded. */
    EmailBody.Part attachment() throws MessagingException {
        Long size;
        try (InputStream content = part.getInputStream()) {
            size = content.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            size = null;
        }
        return new EmailBody.Part(baseType(), fileName(), size);
    }

    private @Nullable String fileName() throws MessagingException {
        try {
            return MimeParameters.fileName(part.getFileName());
        } catch (ParseException e) {
            return null;
        }
    }

    private @Nullable String disposition() throws MessagingException {
        try {
            return part.getDisposition();
        } catch (ParseException e) {
            return null;
        }
    }

    private MalformedEmail malformed(String problem, @Nullable Throwable cause) {
        String detail = "MIME part " + path + " (" + baseType() + ") " + problem;
        return cause == null ? new MalformedEmail(detail) : new MalformedEmail(detail, cause);
    }
}
