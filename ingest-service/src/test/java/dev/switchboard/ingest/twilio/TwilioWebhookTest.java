package dev.switchboard.ingest.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryStatus;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.inbox.TwilioNumber;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Reads the real-shaped Twilio payloads in {@code src/test/resources/twilio/} the way the webhook does. */
class TwilioWebhookTest {

    static final String MEDIA_BASE = "https://api.twilio.com/2010-04-01/Accounts/AC3f9d2e8b7c6a5f4e3d2c1b0a9f8e7d6c"
            + "/Messages/MM6a5b9e3c1f2d4e8a9b0c7d6e5f4a3b21/Media/";
    private static final Instant NOW = Instant.parse("2026-03-01T09:58:00Z");

    @Test
    void smsWithTwoMediaBecomesAMessageWithTwoAttachments() {
        // Given an MMS as Twilio posts it, with a photo and a PDF
        TwilioForm form = TwilioForm.parse(sample("sms-two-media.form"));

        // When it is read and normalised for the SMS inbox
        TwilioWebhook webhook = TwilioWebhook.from(form);
        MessageReceived event = normalise(webhook, new Inbox("demo-sms", "demo", Channel.SMS, null,
                new TwilioNumber("+15005550006", "token")));

        // Then it is the customer's message, both media by reference and in order, nameless, on SMS
        assertThat(webhook).isInstanceOf(TwilioWebhook.InboundMessage.class);
        assertThat(event).isEqualTo(new MessageReceived(event.eventId(), NOW, "demo", "demo-sms", Channel.SMS,
                ProviderMessageIds.of("demo-sms", "MM6a5b9e3c1f2d4e8a9b0c7d6e5f4a3b21"),
                "MM6a5b9e3c1f2d4e8a9b0c7d6e5f4a3b21", "demo:demo-sms:+14155550100", new Sender("+14155550100", null),
                "Help! My internet cut out. Photo of the modem attached",
                List.of(new Attachment(MEDIA_BASE + "ME0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d", "image/jpeg", null),
                        new Attachment(MEDIA_BASE + "ME1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f", "application/pdf", null)),
                null, null, Map.of()));
        assertThat(event.threadKey()).isEqualTo("demo:demo-sms:+14155550100");
    }

    @Test
    void whatsappMessageViaTwilioCarriesTheProfileNameAndAnE164Handle() {
        // Given a WhatsApp message via Twilio, with non-ASCII text and an emoji
        TwilioForm form = TwilioForm.parse(sample("whatsapp-profile-name.form"));

        // When it is read and normalised for the WhatsApp inbox
        TwilioWebhook.InboundMessage message = (TwilioWebhook.InboundMessage) TwilioWebhook.from(form);
        MessageReceived event = normalise(message, new Inbox("demo-whatsapp", "demo", Channel.WHATSAPP, null,
                new TwilioNumber("whatsapp:+14155238886", "token")));

        // Then the handle is the E.164 number without "whatsapp:", the display name is the profile name
        assertThat(message.to()).isEqualTo("whatsapp:+14155238886");
        assertThat(event.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(event.sender()).isEqualTo(new Sender("+447700900123", "Ada Lovelace"));
        assertThat(event.text()).isEqualTo("Hola, ¿sigue abierto mi caso? 🙏");
        assertThat(event.attachments()).isEmpty();
        assertThat(event.providerMessageId()).isEqualTo("SM9f8e7d6c5b4a39281706f5e4d3c2b1a0");
    }

    @Test
    void statusCallbackIsNotAMessage() {
        // Given a delivery receipt for one of our outbound messages
        TwilioForm form = TwilioForm.parse(sample("status-callback.form"));

        // When it is read
        TwilioWebhook webhook = TwilioWebhook.from(form);

        // Then it is a status callback with Twilio's status and error code, about the customer in To
        assertThat(webhook).isEqualTo(new TwilioWebhook.StatusCallback("SM2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e",
                "undelivered", "30003", "+14155550100", "AC3f9d2e8b7c6a5f4e3d2c1b0a9f8e7d6c"));
    }

    @Test
    void statusCallbackBecomesAReceiptOnTheCustomersThreadAndEarlyStatusesAreNot() {
        // Given a delivery receipt for one of our outbound messages, and the SMS inbox it came to
        TwilioWebhook.StatusCallback callback = (TwilioWebhook.StatusCallback) TwilioWebhook.from(
                TwilioForm.parse(sample("status-callback.form")));
        Inbox inbox = new Inbox("demo-sms", "demo", Channel.SMS, null, new TwilioNumber("+15005550006", "token"));

        // When it is normalised
        DeliveryStatusReported receipt = TwilioMessages.toReceipt(inbox, callback, NOW).orElseThrow();

        // Then it is a failure receipt for our message, keyed by the customer's thread, with Twilio's code
        assertThat(receipt).isEqualTo(new DeliveryStatusReported(receipt.eventId(), NOW, "demo", "demo-sms",
                Channel.SMS, "demo:demo-sms:+14155550100", "SM2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e",
                DeliveryStatus.FAILED, "30003", "Twilio status undelivered", null,
                Map.of("AccountSid", "AC3f9d2e8b7c6a5f4e3d2c1b0a9f8e7d6c")));
        assertThat(TwilioMessages.status("delivered")).contains(DeliveryStatus.DELIVERED);
        assertThat(TwilioMessages.status("read")).contains(DeliveryStatus.READ);
        assertThat(TwilioMessages.status("sent")).contains(DeliveryStatus.SENT);
        assertThat(TwilioMessages.status("queued")).isEmpty();
        assertThat(TwilioMessages.status("sending")).isEmpty();
    }

    @Test
    void retryOfTheSameMessageSidIsTheSameMessageButNotInAnotherInbox() {
        // Given / When / Then
        assertThat(ProviderMessageIds.of("demo-sms", "SM1")).isEqualTo(ProviderMessageIds.of("demo-sms", "SM1"))
                .isNotEqualTo(ProviderMessageIds.of("demo-whatsapp", "SM1"))
                .isNotEqualTo(ProviderMessageIds.of("demo-sms", "SM2"));
    }

    @Test
    void missingMessageSidFromOrToIsNamed() {
        // Given / When / Then each missing parameter is named
        assertThatThrownBy(() -> TwilioWebhook.from(TwilioSignatureTest.form("From", "+1", "To", "+2")))
                .isInstanceOfSatisfying(MalformedTwilioRequest.class, e -> assertThat(e.field()).isEqualTo("MessageSid"));
        assertThatThrownBy(() -> TwilioWebhook.from(TwilioSignatureTest.form("MessageSid", "SM1", "To", "+2")))
                .isInstanceOfSatisfying(MalformedTwilioRequest.class, e -> assertThat(e.field()).isEqualTo("From"));
        assertThatThrownBy(() -> TwilioWebhook.from(TwilioSignatureTest.form("MessageSid", "SM1", "From", "+1")))
                .isInstanceOfSatisfying(MalformedTwilioRequest.class, e -> assertThat(e.field()).isEqualTo("To"));
    }

    @Test
    void badNumMediaAndBadEscapesAreMalformed() {
        // Given / When / Then
        assertThatThrownBy(() -> TwilioWebhook.from(TwilioSignatureTest.form("MessageSid", "SM1", "From", "+1",
                "To", "+2", "NumMedia", "lots"))).isInstanceOfSatisfying(MalformedTwilioRequest.class,
                        e -> assertThat(e.field()).isEqualTo("NumMedia"));
        assertThatThrownBy(() -> TwilioForm.parse("Body=100%".getBytes(UTF_8)))
                .isInstanceOf(MalformedTwilioRequest.class).hasMessageContaining("body");
    }

    @Test
    void numMediaHigherThanTheMediaSentReadsOnlyWhatIsThere() {
        // Given a form claiming three media but carrying one
        TwilioForm form = TwilioSignatureTest.form("MessageSid", "SM1", "From", "+1", "To", "+2", "NumMedia", "3",
                "MediaUrl0", "https://media.example/0");

        // When / Then one attachment, with a generic content type since none was given
        assertThat(((TwilioWebhook.InboundMessage) TwilioWebhook.from(form)).media())
                .containsExactly(new Attachment("https://media.example/0", "application/octet-stream", null));
    }

    private static MessageReceived normalise(TwilioWebhook webhook, Inbox inbox) {
        return TwilioMessages.toEvent(inbox, (TwilioWebhook.InboundMessage) webhook, NOW);
    }

    static byte[] sample(String name) {
        try (InputStream in = TwilioWebhookTest.class.getResourceAsStream("/twilio/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
