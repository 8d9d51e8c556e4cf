package dev.switchboard.ingest.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Recognises mail no person wrote (RFC 3834 {@code Auto-Submitted}, the de-facto {@code X-Autoreply} and
 * {@code Precedence} headers, RFC 3464 delivery reports and RFC 8098 read receipts), so that it is acknowledged but
 * never becomes a conversation that our own auto-responses could answer.
 */
final class AutoReply {

    static final String AUTO_REPLY = "auto-reply";
    static final String BULK = "bulk";
    static final String BOUNCE = "bounce";
    static final String READ_RECEIPT = "read-receipt";

    private AutoReply() {
    }

    /** The kind of automatic mail this is, if it is. */
    static Optional<String> kindOf(MimeMessage message) throws MessagingException {
        String autoSubmitted = token(message.getHeader("Auto-Submitted", null));
        if ((autoSubmitted != null && !autoSubmitted.equals("no"))
                || message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null) {
            return Optional.of(AUTO_REPLY);
        }
        String precedence = token(message.getHeader("Precedence", null));
        if ("auto_reply".equals(precedence)) {
            return Optional.of(AUTO_REPLY);
        }
        if ("bulk".equals(precedence) || "junk".equals(precedence)) {
            return Optional.of(BULK);
        }
        return report(message.getContentType());
    }

    private static Optional<String> report(@Nullable String contentType) {
        try {
            ContentType type = new ContentType(contentType == null ? "text/plain" : contentType);
            if (!type.match("multipart/report")) {
                return Optional.empty();
            }
            return Optional.ofNullable(switch (String.valueOf(token(type.getParameter("report-type")))) {
                case "delivery-status" -> BOUNCE;
                case "disposition-notification" -> READ_RECEIPT;
                default -> null;
            });
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** The header's value up to any {@code ;} parameters or comment, trimmed and lower-cased. */
    private static @Nullable String token(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String token = value.split("[;(]", 2)[0].strip().toLowerCase(Locale.ROOT);
        return token.isEmpty() ? null : token;
    }
}
