package dev.switchboard.ingest.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks a message's MIME tree once: the customer's text is the text/plain parts (else the text/html ones, converted),
 * choosing one representation in each multipart/alternative, through multipart/mixed, related and nested multiparts;
 * every other leaf is an attachment, measured and dropped. Depth and part count are bounded against hostile mail.
 */
final class MimeBody {

    static final int MAX_DEPTH = 16;
    static final int MAX_PARTS = 500;
    static final int MAX_ATTACHMENTS = 100;
    /** Signatures of multipart/signed mail: proof for a mail client, noise for an agent. */
    private static final Set<String> SIGNATURES = Set.of("application/pgp-signature", "application/pkcs7-signature",
            "application/x-pkcs7-signature");

    private final List<EmailBody.Part> attachments = new ArrayList<>();
    private int parts;
    private int omitted;

    private MimeBody() {
    }

    /** The body of {@code message}; a structure that cannot be read is a {@link MalformedEmail} naming the part. */
    static EmailBody of(Part message) throws MessagingException {
        MimeBody body = new MimeBody();
        Texts texts = body.walk(message, "1", 0);
        String text = EmailText.clean(texts.plain() != null ? texts.plain()
                : texts.html() != null ? HtmlText.of(texts.html()) : "");
        String stripped = EmailText.tidy(QuotedReply.strip(text));
        return new EmailBody(EmailText.truncate(stripped), EmailText.tooLong(stripped), body.attachments,
                body.omitted);
    }

    private Texts walk(Part part, String path, int depth) throws MessagingException {
        if (++parts > MAX_PARTS) {
            throw new MalformedEmail("the message has more than " + MAX_PARTS + " MIME parts");
        }
        if (depth > MAX_DEPTH) {
            throw new MalformedEmail("MIME part " + path + " is nested deeper than " + MAX_DEPTH + " levels");
        }
        MimePartReader reader = new MimePartReader(part, path);
        if (reader.isMultipart()) {
            return multipart(reader.multipart(), reader.subtype(), path, depth);
        }
        if (reader.isBodyText()) {
            String text = reader.text();
            return reader.isHtml() ? new Texts(null, text) : new Texts(text, null);
        }
        if (!SIGNATURES.contains(reader.baseType())) {
            attach(reader);
        }
        return Texts.NONE;
    }

    private Texts multipart(Multipart multipart, String subtype, String path, int depth) throws MessagingException {
        List<Texts> children = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            children.add(walk(child, path + "." + (i + 1), depth + 1));
        }
        if (subtype.equals("alternative")) {
            return children.stream().filter(t -> t.plain() != null).findFirst()
                    .or(() -> children.stream().filter(t -> t.html() != null).findFirst())
                    .orElse(Texts.NONE);
        }
        return children.stream().reduce(Texts.NONE, Texts::join);
    }

    private void attach(MimePartReader reader) throws MessagingException {
        EmailBody.Part attachment = reader.attachment();
        if (attachments.size() < MAX_ATTACHMENTS) {
            attachments.add(attachment);
        } else {
            omitted++;
        }
    }

    /** The text/plain and text/html found under one part, each null when there was none. */
    private record Texts(@Nullable String plain, @Nullable String html) {

        static final Texts NONE = new Texts(null, null);

        Texts join(Texts next) {
            return new Texts(joined(plain, next.plain), joined(html, next.html));
        }

        private static @Nullable String joined(@Nullable String first, @Nullable String second) {
            if (first == null || second == null) {
                return first == null ? second : first;
            }
            return first + "\n\n" + second;
        }
    }
}
