package dev.switchboard.ingest.email;

import dev.switchboard.ingest.email.RelayedEmail.CustomerEmail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a raw RFC 822 message with Jakarta Mail (a session with no store or transport: nothing here touches the
 * network) into a {@link RelayedEmail}; what cannot be read is a {@link MalformedEmail} saying what is wrong.
 */
final class MimeEmail {

    /** The domain of Message-IDs we make up for mail that has none; {@code .invalid} can never be a real host. */
    static final String SYNTHESIZED_DOMAIN = "@synthesized.switchboard.invalid>";

    private static final Logger log = LoggerFactory.getLogger(MimeEmail.class);
    private static final Session SESSION = Session.getInstance(sessionProperties());

    private MimeEmail() {
    }

    static RelayedEmail read(byte[] raw) {
        if (raw.length == 0) {
            throw new MalformedEmail("the message is empty");
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
            return AutoReply.kindOf(message).<RelayedEmail>map(RelayedEmail.Automatic::new)
                    .orElseGet(() -> customerEmail(message, raw));
        } catch (MessagingException e) {
            throw new MalformedEmail("the message is not valid RFC 822: " + e.getMessage(), e);
        } catch (MalformedEmail e) {
            throw e;
        } catch (RuntimeException e) {
            // a parser bug on hostile input must not become a 500, which the relay would retry forever
            log.warn("Jakarta Mail failed on a relayed message ({} bytes)", raw.length, e);
            throw new MalformedEmail("the message cannot be parsed as MIME", e);
        }
    }

    private static CustomerEmail customerEmail(MimeMessage message, byte[] raw) {
        try {
            String messageId = MessageIdHeader.first(message.getHeader("Message-ID", null));
            InternetAddress from = from(message);
            String handle = EmailText.singleLine(from.getAddress());
            return new CustomerEmail(messageId != null ? messageId : synthesizedId(raw), messageId == null,
                    MessageIdHeader.first(message.getHeader("In-Reply-To", " ")),
                    MessageIdHeader.all(message.getHeader("References", " ")),
                    EmailText.singleLine(message.getSubject()),
                    Objects.requireNonNull(handle).toLowerCase(Locale.ROOT), EmailText.singleLine(from.getPersonal()),
                    sentAt(message), MimeBody.of(message));
        } catch (MessagingException e) {
            throw new MalformedEmail("the message cannot be read: " + e.getMessage(), e);
        }
    }

    private static InternetAddress from(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (AddressException e) {
            throw new MalformedEmail("the From header is not a valid address", e);
        }
        if (from == null || from.length == 0) {
            throw new MalformedEmail("the From header is required");
        }
        if (!(from[0] instanceof InternetAddress address) || address.getAddress() == null
                || address.getAddress().indexOf('@') < 1 || EmailText.singleLine(address.getAddress()) == null) {
            throw new MalformedEmail("the From header has no email address");
        }
        return address;
    }

    private static @Nullable Instant sentAt(MimeMessage message) throws MessagingException {
        return message.getSentDate() == null ? null : message.getSentDate().toInstant();
    }

    /** Stable for the same bytes, so a relay's retry of a message without Message-ID is still the same message. */
    static String synthesizedId(byte[] raw) {
        return "<" + HexFormat.of().formatHex(Sha256.of(raw), 0, 16) + SYNTHESIZED_DOMAIN;
    }

    private static Properties sessionProperties() {
        Properties properties = new Properties();
        // headers in raw UTF-8 (RFC 6532), as modern clients send them, are read as UTF-8 rather than Latin-1
        properties.setProperty("mail.mime.allowutf8", "true");
        return properties;
    }
}
