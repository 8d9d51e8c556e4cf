package dev.switchboard.notify.delivery.email;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.delivery.provider.ProviderCall;
import dev.switchboard.notify.delivery.provider.ProviderClient;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends email replies through the inbox's SMTP relay with Spring's {@code JavaMailSender}. Each reply's Message-ID is
 * ours and derived from the reply ({@code <messageId@inbox-domain>}), so every retry or replay carries the same one:
 * a mail client that gets a copy after an uncertain send shows it once.
 */
public final class EmailReplies implements ProviderClient {

    public static final String PROVIDER = "smtp";

    private final SmtpMailbox mailbox;
    private final JavaMailSenderImpl sender;
    private final String defaultSubject;

    /** @param defaultSubject the subject of a reply to a conversation with no subject yet */
    public EmailReplies(SmtpMailbox mailbox, Duration connectTimeout, Duration answerTimeout, String defaultSubject) {
        this.mailbox = mailbox;
        this.defaultSubject = defaultSubject;
        this.sender = new JavaMailSenderImpl();
        sender.setHost(mailbox.host());
        sender.setPort(mailbox.port());
        sender.setUsername(mailbox.username());
        sender.setPassword(mailbox.password());
        sender.setDefaultEncoding("UTF-8");
        sender.setJavaMailProperties(sessionProperties(mailbox, connectTimeout, answerTimeout));
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /** Who the sender rate limit meters: the mailbox. */
    public String sender() {
        return mailbox.address();
    }

    @Override
    public List<ProviderCall> callsFor(AgentReplied reply) {
        return List.of(() -> send(reply));
    }

    static String messageIdOf(AgentReplied reply, SmtpMailbox mailbox) {
        return "<" + reply.messageId() + "@" + mailbox.domain() + ">";
    }

    private String send(AgentReplied reply) {
        String messageId = messageIdOf(reply, mailbox);
        try {
            MimeMessage mail = ReplyMail.compose(sender.createMimeMessage(), mailbox, reply, defaultSubject, messageId);
            sender.send(mail);
            return messageId;
        } catch (MessagingException | MailException e) {
            throw SmtpFailures.of(e);
        }
    }

    private static Properties sessionProperties(SmtpMailbox mailbox, Duration connect, Duration answer) {
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", String.valueOf(connect.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(answer.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(answer.toMillis()));
        properties.put("mail.smtp.auth", String.valueOf(mailbox.username() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(mailbox.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(mailbox.startTls()));
        return properties;
    }
}
