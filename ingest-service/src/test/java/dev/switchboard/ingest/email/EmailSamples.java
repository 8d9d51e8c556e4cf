package dev.switchboard.ingest.email;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-built, real-shaped messages in {@code src/test/resources/email/}, and small edits of their headers. Read as
 * ISO-8859-1 so that every byte survives an edit unchanged, whatever the message's own charsets.
 */
final class EmailSamples {

    private EmailSamples() {
    }

    static String text(String name) {
        try (InputStream in = Objects.requireNonNull(EmailSamples.class.getResourceAsStream("/email/" + name), name)) {
            return new String(in.readAllBytes(), ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sample(String name) {
        return text(name).getBytes(ISO_8859_1);
    }

    static byte[] bytes(CharSequence eml) {
        return eml.toString().getBytes(ISO_8859_1);
    }

    /** {@code eml} with header {@code name} (and its folded lines) set to {@code value}, or added first. */
    static String withHeader(String eml, String name, String value) {
        Matcher header = header(eml, name);
        String line = name + ": " + value + "\n";
        return header.find() ? eml.substring(0, header.start()) + line + eml.substring(header.end())
                : line + eml;
    }

    /** {@code eml} without header {@code name}. */
    static String withoutHeader(String eml, String name) {
        Matcher header = header(eml, name);
        return header.find() ? eml.substring(0, header.start()) + eml.substring(header.end()) : eml;
    }

    private static Matcher header(String eml, String name) {
        String headers = eml.substring(0, eml.indexOf("\n\n") + 1);
        return Pattern.compile("(?im)^" + Pattern.quote(name) + ":.*\\n(?:[ \\t].*\\n)*").matcher(headers);
    }
}
