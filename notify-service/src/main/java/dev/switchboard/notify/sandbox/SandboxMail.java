package dev.switchboard.notify.sandbox;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** A real SMTP server on loopback (GreenMail), so the demo's email replies go somewhere they can be read. */
@Component
@Profile("local")
class SandboxMail implements SmartLifecycle {

    private final SandboxProperties properties;
    private @Nullable GreenMail server;

    SandboxMail(SandboxProperties properties) {
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (properties.smtpServer() && server == null) {
            server = new GreenMail(new ServerSetup(properties.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Up before the Kafka consumers start sending to it, down after they stop. */
    @Override
    public int getPhase() {
        return -100;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    synchronized List<OutboxEntry> received() {
        return server == null ? List.of() : Arrays.stream(server.getReceivedMessages()).map(SandboxMail::entryOf)
                .toList();
    }

    private static OutboxEntry entryOf(MimeMessage mail) {
        try {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("subject", Objects.toString(mail.getSubject(), ""));
            for (String header : List.of("Message-ID", "In-Reply-To", "References")) {
                String value = mail.getHeader(header, " ");
                if (value != null) {
                    details.put(header, value);
                }
            }
            Instant at = mail.getSentDate() == null ? Instant.now() : mail.getSentDate().toInstant();
            return new OutboxEntry(at, "smtp", addresses(mail.getAllRecipients()), addresses(mail.getFrom()),
                    plainText(mail), List.of(), Objects.toString(mail.getMessageID(), ""), details);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a message the sandbox received", e);
        }
    }

    private static String addresses(Address @Nullable [] addresses) {
        return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
    }

    private static @Nullable String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
