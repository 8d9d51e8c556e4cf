package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.events.ThreadHints;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Email replies over SMTP, with GreenMail as the relay, threaded into the customer's conversation. */
class EmailDeliveryTest extends NotifyIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void threadsTheReplyUnderTheCustomersMessageAsPlainTextAndEscapedHtml() throws Exception {
        // Given a reply to the customer's second message of a thread
        ThreadHints hints = new ThreadHints("<cafe@mail.example>", "<cafe@mail.example>",
                List.of("<root@mail.example>", "<beef@demo.switchboard.local>"), "Your ticket");
        AgentReplied reply = ReplyFixtures.reply(ReplyFixtures.WORKSPACE, "demo-email", Channel.EMAIL,
                "ana@example.com", "Hello <b>Ana</b>,\nit is back.", List.of(), hints);

        // When
        KafkaTestClient.publish(reply);

        // Then
        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getHeader("From", null)).isEqualTo("Demo Support <support@demo.switchboard.local>");
        assertThat(mail.getHeader("To", null)).isEqualTo("ana@example.com");
        assertThat(mail.getSubject()).isEqualTo("Re: Your ticket");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<cafe@mail.example>");
        assertThat(mail.getHeader("References", " ").replaceAll("\\s+", " "))
                .isEqualTo("<root@mail.example> <beef@demo.switchboard.local> <cafe@mail.example>");
        String messageId = "<" + reply.messageId() + "@demo.switchboard.local>";
        assertThat(mail.getMessageID()).isEqualTo(messageId);
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n"))
                .isEqualTo("Hello <b>Ana</b>,\nit is back.");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(parts.getBodyPart(1).getContent().toString().replace("\r\n", "\n"))
                .contains("Hello &lt;b&gt;Ana&lt;/b&gt;,<br>\nit is back.").doesNotContain("<b>");
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOfSatisfying(MessageDelivered.class,
                delivered -> assertThat(delivered.providerMessageId()).isEqualTo(messageId));
    }

    @Test
    void startsAThreadWithTheDefaultSubjectWhenTheConversationHasNone() throws Exception {
        // Given
        AgentReplied reply = ReplyFixtures.reply("demo-email", Channel.EMAIL, "ben@example.com");

        // When
        KafkaTestClient.publish(reply);

        // Then
        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Re: your message");
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(mail.getHeader("References")).isNull();
        assertThat(KafkaTestClient.finalOutcomeOf(reply.messageId())).isInstanceOf(MessageDelivered.class);
    }
}
