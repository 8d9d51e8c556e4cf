package dev.switchboard.notify.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.notify.delivery.provider.ProviderFailure;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** What the SMTP relay said, by its reply code. */
class SmtpFailuresTest {

    @Test
    void aTemporaryRefusalIsRetriedAndAPermanentOneIsNot() throws Exception {
        // Given
        var mailboxFull = new SMTPAddressFailedException(new InternetAddress("ana@example.com"), "RCPT TO", 452,
                "4.2.2 Mailbox full");
        var unknownUser = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                new InternetAddress("nobody@example.com"), "RCPT TO", 550, "5.1.1 User unknown"));
        var rejected = new SMTPSendFailedException("DATA", 554, "5.7.1 Message rejected", null, null, null, null);
        // When / Then
        assertThat(SmtpFailures.of(send(mailboxFull)).kind()).isEqualTo(ProviderFailure.Kind.TRANSIENT);
        ProviderFailure unknown = SmtpFailures.of(send(unknownUser));
        assertThat(unknown.kind()).isEqualTo(ProviderFailure.Kind.PERMANENT);
        assertThat(unknown.status()).isEqualTo(550);
        assertThat(SmtpFailures.of(send(rejected)).kind()).isEqualTo(ProviderFailure.Kind.PERMANENT);
    }

    @Test
    void anUnreachableRelayIsTransientAndRefusedCredentialsArePermanent() {
        // Given / When / Then
        var unreachable = new MailSendException("Mail server connection failed",
                new MessagingException("connect", new ConnectException("Connection refused")));
        assertThat(SmtpFailures.of(unreachable).kind()).isEqualTo(ProviderFailure.Kind.TRANSIENT);
        assertThat(SmtpFailures.of(unreachable).detail()).isEqualTo("relay unreachable or silent (ConnectException)");
        assertThat(SmtpFailures.of(new MailAuthenticationException("535")).kind())
                .isEqualTo(ProviderFailure.Kind.PERMANENT);
    }

    private static MailSendException send(Exception cause) {
        return new MailSendException(Map.of(new Object(), cause));
    }
}
