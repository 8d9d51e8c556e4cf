package dev.switchboard.notify.delivery.email;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.ThreadHints;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * An agent's reply as an email the customer's client threads: {@code Re:} the conversation's subject, {@code
 * In-Reply-To} and {@code References} from the customer's Message-IDs, and the text both as plain text and as escaped
 * HTML ({@code multipart/alternative}). Attachments travel as links: bodies never pass through Switchboard.
 */
final class ReplyMail {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    private ReplyMail() {
    }

    static MimeMessage compose(MimeMessage mail, SmtpMailbox mailbox, AgentReplied reply, String defaultSubject,
            String messageId) throws MessagingException {
        mail.setFrom(from(mailbox));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(reply.recipient(), true));
        mail.setSubject(subject(reply.threadHints(), defaultSubject), StandardCharsets.UTF_8.name());
        mail.setSentDate(Date.from(reply.occurredAt()));
        mail.setHeader("Message-ID", messageId);
        EmailThread thread = EmailThread.of(reply.threadHints());
        if (thread.inReplyTo() != null) {
            mail.setHeader("In-Reply-To", thread.inReplyTo());
            mail.setHeader("References", MimeUtility.fold("References: ".length(), thread.references()));
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(plain(reply), "plain"));
        alternative.addBodyPart(part(html(reply), "html"));
        mail.setContent(alternative);
        return mail;
    }

    /**
     * The conversation's subject with one {@code Re:}, or the default while it has none. The subject is the
     * customer's own text: line breaks and other control characters become spaces, so it cannot add a header.
     */
    static String subject(@Nullable ThreadHints hints, String defaultSubject) {
        String subject = hints == null || hints.subject() == null ? ""
                : CONTROL.matcher(hints.subject()).replaceAll(" ").strip();
        if (subject.isEmpty()) {
            return defaultSubject;
        }
        return subject.toLowerCase(Locale.ROOT).startsWith("re:") ? subject : "Re: " + subject;
    }

    private static InternetAddress from(SmtpMailbox mailbox) throws MessagingException {
        try {
            return new InternetAddress(mailbox.address(), mailbox.displayName(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode the display name", e);
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static String plain(AgentReplied reply) {
        StringBuilder text = new StringBuilder(reply.text());
        for (Attachment attachment : reply.attachments()) {
            text.append("\n\n").append(label(attachment)).append(": ").append(attachment.url());
        }
        return text.toString();
    }

    private static String html(AgentReplied reply) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><div>")
                .append(HtmlUtils.htmlEscape(reply.text()).replace("\r\n", "\n").replace("\n", "<br>\n"))
                .append("</div>");
        for (Attachment attachment : reply.attachments()) {
            html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(attachment.url())).append("\">")
                    .append(HtmlUtils.htmlEscape(label(attachment))).append("</a></p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String label(Attachment attachment) {
        return attachment.fileName() != null ? attachment.fileName() : "Attachment";
    }
}
