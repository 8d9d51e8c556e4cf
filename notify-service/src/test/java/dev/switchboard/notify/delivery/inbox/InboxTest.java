package dev.switchboard.notify.delivery.inbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.events.Channel;
import dev.switchboard.notify.delivery.email.SmtpMailbox;
import dev.switchboard.notify.delivery.meta.MetaPage;
import dev.switchboard.notify.delivery.twilio.TwilioAccount;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** An inbox names exactly one provider account, and one that carries its channel. */
class InboxTest {

    private static final TwilioAccount TWILIO = new TwilioAccount(URI.create("https://api.twilio.com"), "AC1",
            "token", "+15005550006", null, 1);
    private static final MetaPage PAGE = new MetaPage(URI.create("https://graph.facebook.com"), "v25.0", "token", 20);

    @Test
    void acceptsAProviderThatCarriesTheChannel() {
        // Given / When / Then
        assertThatCode(() -> new Inbox("sms", "ws", Channel.SMS, TWILIO, null, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> new Inbox("wa", "ws", Channel.WHATSAPP, TWILIO, null, null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> new Inbox("chat", "ws", Channel.WEBCHAT, null, null, null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingAWrongOrASecondProvider() {
        // Given
        SmtpMailbox mailbox = new SmtpMailbox("smtp.example.com", 587, null, null, "support@example.com", null,
                true, 5);
        // When / Then
        assertThatThrownBy(() -> new Inbox("sms", "ws", Channel.SMS, null, null, null, null))
                .hasMessageContaining("inbox sms (SMS) needs exactly one provider block");
        assertThatThrownBy(() -> new Inbox("ig", "ws", Channel.INSTAGRAM, TWILIO, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Inbox("mail", "ws", Channel.EMAIL, null, PAGE, null, mailbox))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwilioAccount(URI.create("https://api.twilio.com"), "AC1", "token", null, " ", 1))
                .hasMessageContaining("a from number or a messaging service");
    }
}
