package dev.switchboard.ingest.email;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.jspecify.annotations.Nullable;

/**
 * A part's Content-Type, charset and file name read the lenient way RFC 2045 allows, since refusing a customer's mail
 * over a typo in a header would lose it: what cannot be read falls back to a safe default.
 */
final class MimeParameters {

    private static final int MAX_FILE_NAME = 255;

    private MimeParameters() {
    }

    /** RFC 2045 5.2: a missing or syntactically invalid Content-Type is taken as text/plain. */
    static ContentType contentType(@Nullable String value) {
        try {
            return new ContentType(value == null ? "text/plain" : value);
        } catch (ParseException e) {
            return new ContentType("text", "plain", null);
        }
    }

    /** The declared charset, or UTF-8 (a superset of the default US-ASCII) when none or an unknown one is declared. */
    static Charset charset(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * A file name fit to show: RFC 2047 encoded words decoded (many clients use them, Jakarta Mail leaves them),
     * control characters and any path dropped, at most 255 characters; null when nothing is left.
     */
    static @Nullable String fileName(@Nullable String raw) {
        String plain = raw == null ? null : EmailText.singleLine(decoded(raw));
        if (plain == null) {
            return null;
        }
        String base = plain.substring(Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() ? null : base.substring(0, Math.min(base.length(), MAX_FILE_NAME));
    }

    private static String decoded(String name) {
        try {
            return name.contains("=?") ? MimeUtility.decodeText(name) : name;
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }
}
