package dev.switchboard.notify.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ThreadHints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subjects and thread headers of email replies. */
class ReplyMailTest {

    @Test
    void answersUnderOneReNoMatterHowTheSubjectCame() {
        // Given / When / Then
        assertThat(ReplyMail.subject(hints("Your ticket"), "Re: your message")).isEqualTo("Re: Your ticket");
        assertThat(ReplyMail.subject(hints("RE: Your ticket"), "Re: your message")).isEqualTo("RE: Your ticket");
        assertThat(ReplyMail.subject(hints("  "), "Re: your message")).isEqualTo("Re: your message");
        assertThat(ReplyMail.subject(null, "Re: your message")).isEqualTo("Re: your message");
    }

    @Test
    void neverLetsTheCustomersSubjectOrIdsAddAHeader() {
        // Given a subject and ids carrying line breaks, as a crafted inbound mail could
        ThreadHints crafted = new ThreadHints(null, "<c1@mail>\r\nBcc: everyone@example.com",
                List.of("<c0@mail>", "<c0b@mail>\nBcc: x@example.com"), "Help\r\nBcc: everyone@example.com");
        // When
        String subject = ReplyMail.subject(crafted, "Re: your message");
        EmailThread thread = EmailThread.of(crafted);
        // Then
        assertThat(subject).isEqualTo("Re: Help Bcc: everyone@example.com");
        assertThat(thread.inReplyTo()).isNull();
        assertThat(EmailThread.of(new ThreadHints("<c1@mail>", null, crafted.references(), "s")))
                .isEqualTo(new EmailThread("<c1@mail>", "<c0@mail> <c1@mail>"));
    }

    @Test
    void repliesToTheCustomersMessageAndExtendsTheirReferences() {
        // Given / When
        EmailThread answer = EmailThread.of(new ThreadHints("<c2@mail>", "<c2@mail>", List.of("<c1@mail>"), "s"));
        EmailThread fromExternalIdOnly = EmailThread.of(new ThreadHints("<c1@mail>", null, List.of(), "s"));
        EmailThread none = EmailThread.of(new ThreadHints(null, null, List.of(), "s"));
        // Then
        assertThat(answer).isEqualTo(new EmailThread("<c2@mail>", "<c1@mail> <c2@mail>"));
        assertThat(fromExternalIdOnly).isEqualTo(new EmailThread("<c1@mail>", "<c1@mail>"));
        assertThat(none.inReplyTo()).isNull();
    }

    private static ThreadHints hints(String subject) {
        return new ThreadHints(null, null, List.of(), subject);
    }
}
