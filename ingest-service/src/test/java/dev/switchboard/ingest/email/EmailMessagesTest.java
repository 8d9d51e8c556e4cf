package dev.switchboard.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.events.ThreadHints;
import dev.switchboard.ingest.email.RelayedEmail.CustomerEmail;
import dev.switchboard.ingest.inbox.EmailMailbox;
import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.publishing.ProviderMessageIds;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customer's email as the one {@link MessageReceived} shape every channel shares. */
class EmailMessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:17:45Z");
    private static final Inbox INBOX = new Inbox("demo-email", "demo", Channel.EMAIL, null, null, null,
            new EmailMailbox("support@demo.switchboard.local", "secret"));

    @Test
    void gmailReplyBecomesAMessageOnTheThreadOfItsRootWithTheAttachmentByReference() {
        // Given Gmail's reply with a PDF, read
        CustomerEmail email = (CustomerEmail) MimeEmail.read(EmailSamples.sample("gmail-reply-with-pdf.eml"));

        // When it is normalised for the email inbox
        MessageReceived event = EmailMessages.toEvent(INBOX, email, NOW);

        // Then it is keyed by the thread's root, names the sender, and describes the PDF by a reference
        String gmailId = "<CAF4x2b-Nq3T8YdVqL2x7m4Hk0aRZ5wP=mE1cJtUu9oXfG7s_2Q@mail.gmail.com>";
        String root = "<CAF4x2b+Q5r1mZ0wKvN9ra8yJdTQw3LpHs1u@mail.gmail.com>";
        String messageId = ProviderMessageIds.of("demo-email", gmailId);
        assertThat(event).isEqualTo(new MessageReceived(event.eventId(), NOW, "demo", "demo-email", Channel.EMAIL,
                messageId, gmailId, "demo:demo-email:ada.lovelace@gmail.com:" + root, new Sender("ada.lovelace@gmail.com", "Ada Lovelace"),
                email.body().text(),
                List.of(new Attachment("attachment://" + messageId + "/0", "application/pdf", "router-log.pdf", 351L)),
                new ThreadHints(gmailId, "<20260302091032.7c1e4a@demo.switchboard.local>",
                        List.of(root, "<20260302091032.7c1e4a@demo.switchboard.local>"), "Re: My internet cut out"),
                Instant.parse("2026-03-02T09:17:43Z"), Map.of()));
        assertThat(event.partitionKey()).isEqualTo("demo:demo-email:ada.lovelace@gmail.com:" + root);
    }

    @Test
    void theSameMessageIdIsTheSameMessageAndAnotherInboxAnotherOne() {
        // Given one Message-ID
        String id = "<CAF4x2b@mail.gmail.com>";

        // When message ids are derived for it
        // Then a retry in the same inbox yields the same id, another inbox another id
        assertThat(ProviderMessageIds.of("demo-email", id)).isEqualTo(ProviderMessageIds.of("demo-email", id))
                .isNotEqualTo(ProviderMessageIds.of("other-email", id));
    }

    @Test
    void madeUpMessageIdsAndCutTextAreSaidInTheMetadata() {
        // Given a mail with no Message-ID and a very long text
        String eml = """
                From: Ada <ada@example.com>
                Content-Type: text/plain

                """ + "x".repeat(EmailText.MAX_LENGTH + 1);
        CustomerEmail email = (CustomerEmail) MimeEmail.read(EmailSamples.bytes(eml));

        // When it is normalised
        MessageReceived event = EmailMessages.toEvent(INBOX, email, NOW);

        // Then consumers can tell
        assertThat(event.providerMetadata())
                .containsExactlyInAnyOrderEntriesOf(Map.of("messageIdSynthesized", "true", "textTruncated", "true"));
        assertThat(event.threadKey()).isEqualTo("demo:demo-email:ada@example.com:" + email.messageId());
        assertThat(event.providerTimestamp()).isNull();
    }

    @Test
    void attachmentsBeyondTheLimitAreCountedNotDescribed() {
        // Given a mail with 105 small attachments
        StringBuilder eml = new StringBuilder("""
                From: Ada <ada@example.com>
                Message-ID: <many@example.com>
                Content-Type: multipart/mixed; boundary=b

                --b
                Content-Type: text/plain

                see attached
                """);
        for (int i = 0; i < MimeBody.MAX_ATTACHMENTS + 5; i++) {
            eml.append("--b\nContent-Type: text/csv; name=\"part").append(i).append(".csv\"\n\na,b\n");
        }
        eml.append("--b--\n");
        CustomerEmail email = (CustomerEmail) MimeEmail.read(EmailSamples.bytes(eml));

        // When it is normalised
        MessageReceived event = EmailMessages.toEvent(INBOX, email, NOW);

        // Then the first ones are described in order, with sizes, and the rest counted
        assertThat(event.attachments()).hasSize(MimeBody.MAX_ATTACHMENTS);
        assertThat(event.attachments().get(99)).isEqualTo(new Attachment(
                "attachment://" + event.messageId() + "/99", "text/csv", "part99.csv", 3L));
        assertThat(event.providerMetadata()).containsExactlyEntriesOf(Map.of("attachmentsOmitted", "5"));
        assertThat(event.text()).isEqualTo("see attached");
    }
}
