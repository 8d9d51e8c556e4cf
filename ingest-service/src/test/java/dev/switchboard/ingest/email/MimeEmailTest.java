package dev.switchboard.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.ingest.email.RelayedEmail.Automatic;
import dev.switchboard.ingest.email.RelayedEmail.CustomerEmail;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the real-shaped messages in {@code src/test/resources/email/} the way the relay endpoint does. */
class MimeEmailTest {

    @Test
    void gmailReplyWithAPdfIsTheNewTextThePdfByDescriptionAndTheThreadFromReferences() {
        // Given Gmail's reply to our answer: multipart/mixed of a text/html alternative and a PDF, quoting us
        byte[] raw = EmailSamples.sample("gmail-reply-with-pdf.eml");

        // When it is read
        CustomerEmail email = customerEmail(raw);

        // Then the text is only what Ada wrote now, the PDF is described, and the thread is the References' root
        assertThat(email.body().text()).isEqualTo("""
                Hi,

                The modem still blinks red after the restart. I attached the router log \u2014 hope it helps.

                Thanks,
                Ada""");
        assertThat(email.body().attachments())
                .containsExactly(new EmailBody.Part("application/pdf", "router-log.pdf", 351L));
        assertThat(email.messageId())
                .isEqualTo("<CAF4x2b-Nq3T8YdVqL2x7m4Hk0aRZ5wP=mE1cJtUu9oXfG7s_2Q@mail.gmail.com>");
        assertThat(email.inReplyTo()).isEqualTo("<20260302091032.7c1e4a@demo.switchboard.local>");
        assertThat(email.references()).containsExactly("<CAF4x2b+Q5r1mZ0wKvN9ra8yJdTQw3LpHs1u@mail.gmail.com>",
                "<20260302091032.7c1e4a@demo.switchboard.local>");
        assertThat(email.threadRoot()).isEqualTo("<CAF4x2b+Q5r1mZ0wKvN9ra8yJdTQw3LpHs1u@mail.gmail.com>");
        assertThat(email.subject()).isEqualTo("Re: My internet cut out");
        assertThat(email.fromAddress()).isEqualTo("ada.lovelace@gmail.com");
        assertThat(email.fromName()).isEqualTo("Ada Lovelace");
        assertThat(email.sentAt()).isEqualTo(Instant.parse("2026-03-02T09:17:43Z"));
        assertThat(email.messageIdSynthesized()).isFalse();
    }

    @Test
    void htmlOnlyMailIsReadAsTheTextItShows() {
        // Given a webmail message with only a text/html body, with a style, a script, entities, a list and a table
        byte[] raw = EmailSamples.sample("html-only.eml");

        // When it is read
        CustomerEmail email = customerEmail(raw);

        // Then it is plain text: no markup, script or style, entities decoded, blocks and <br> as line breaks
        assertThat(email.body().text()).isEqualTo("""
                Hello team,
                My bill shows \u20ac49.99 instead of \u20ac39.99 & the loyalty discount is gone.
                Customer number: 4411-0923
                - Plan: Fibre 500
                - Since: March 2026
                Invoice 2026-031
                Thanks,
                Grace""");
        assertThat(email.fromName()).isEqualTo("Grace Hopper");
        assertThat(email.body().attachments()).isEmpty();
        assertThat(email.threadRoot()).isEqualTo("<a3f1c9e2-5b7d-4e8a-9c0f-1d2e3f4a5b6c@example.org>");
    }

    @Test
    void outlookReplyIsCutAtTheQuotedFromSentBlock() {
        // Given Outlook's reply, quoting our mail under a rule and a From/Sent/To/Subject block
        byte[] raw = EmailSamples.sample("outlook-reply.eml");

        // When it is read
        CustomerEmail email = customerEmail(raw);

        // Then only the new text remains, and the folded Message-ID and References headers are read whole
        assertThat(email.body().text()).isEqualTo("""
                Thanks, that fixed it. Please close the ticket.

                Kind regards,
                Charles Babbage
                Accounts Payable | Analytical Engines Ltd""");
        assertThat(email.messageId())
                .isEqualTo("<AM9PR07MB7123A1B2C3D4E5F6A7B8C9D0E1F2A3B4@AM9PR07MB7123.eurprd07.prod.outlook.com>");
        assertThat(email.threadRoot())
                .isEqualTo("<AM9PR07MB7123F0E1D2C3B4A59687A8B9C0D1E2F3@AM9PR07MB7123.eurprd07.prod.outlook.com>");
        assertThat(email.subject()).isEqualTo("RE: Invoice 2026-031");
    }

    @Test
    void outlookHtmlAlternativeAloneIsCutAtTheSameBlock() {
        // Given the same Outlook reply as if it carried only its HTML alternative
        String eml = EmailSamples.text("outlook-reply.eml");
        int plainStart = eml.indexOf("--_000_");
        int htmlStart = eml.indexOf("--_000_", plainStart + 1);
        String htmlOnly = eml.substring(0, plainStart) + eml.substring(htmlStart);

        // When it is read
        CustomerEmail email = customerEmail(EmailSamples.bytes(htmlOnly));

        // Then the bold "From:" / "Sent:" lines of the converted HTML end the text just the same
        assertThat(email.body().text()).isEqualTo("""
                Thanks, that fixed it. Please close the ticket.

                Kind regards,
                Charles Babbage""");
    }

    @Test
    void latin1QuotedPrintableWithEncodedWordsIsDecodedAndTheSignatureDropped() {
        // Given Thunderbird mail in ISO-8859-1, quoted-printable, with RFC 2047 subject (two words) and name
        byte[] raw = EmailSamples.sample("latin1-quoted-printable.eml");

        // When it is read
        CustomerEmail email = customerEmail(raw);

        // Then the accents are right everywhere, and the text stops at the "-- " signature separator
        assertThat(email.subject()).isEqualTo("Probl\u00e8me de connexion \u00e0 Internet depuis lundi");
        assertThat(email.fromName()).isEqualTo("Fran\u00e7ois B\u00e9rard");
        assertThat(email.fromAddress()).isEqualTo("francois.berard@orange.fr");
        assertThat(email.body().text()).isEqualTo("""
                Bonjour,

                Depuis lundi, la connexion \u00e0 Internet se coupe toutes les dix minutes.
                Le voyant \u00ab DSL \u00bb clignote en orange. Merci de votre aide.

                Cordialement,""");
        assertThat(email.threadRoot()).isEqualTo(email.messageId());
    }

    @Test
    void iphoneMailPrefersBase64PlainTextAndKeepsTheInlinePhotoOfTheNestedHtml() {
        // Given iPhone mail: alternative of base64 UTF-8 text and related(html, inline jpeg)
        byte[] raw = EmailSamples.sample("iphone-nested-base64.eml");

        // When it is read
        CustomerEmail email = customerEmail(raw);

        // Then the UTF-8 text (emoji included) is the body and the photo is an attachment of its decoded size
        assertThat(email.body().text()).isEqualTo("""
                Hallo,

                anbei ein Foto vom Router \u2013 die LED \u201eInternet\u201c ist aus. \ud83d\ude15

                Gr\u00fc\u00dfe
                J\u00fcrgen

                Von meinem iPhone gesendet""");
        assertThat(email.body().attachments()).containsExactly(new EmailBody.Part("image/jpeg", "IMG_0042.jpeg", 790L));
        assertThat(email.subject()).isEqualTo("Router-LED \u201eInternet\u201c ist aus");
        assertThat(email.fromName()).isEqualTo("J\u00fcrgen M\u00fcller");
        assertThat(email.fromAddress()).isEqualTo("juergen.mueller@icloud.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmail-reply-with-pdf.eml", "html-only.eml", "outlook-reply.eml",
            "latin1-quoted-printable.eml", "iphone-nested-base64.eml"})
    void crlfLineEndingsAsOnTheWireReadTheSameAsTheRelaysLf(String sample) {
        // Given a sample as a relay hands it over (LF) and as it travelled over SMTP (CRLF)
        String lf = EmailSamples.text(sample);

        // When both are read
        CustomerEmail fromLf = customerEmail(EmailSamples.bytes(lf));
        CustomerEmail fromCrlf = customerEmail(EmailSamples.bytes(lf.replace("\n", "\r\n")));

        // Then they are the same email
        assertThat(fromCrlf).isEqualTo(fromLf);
        assertThat(fromLf.body().text()).doesNotContain("\r");
    }

    @Test
    void outOfOfficeReplyIsAutomatic() {
        // Given an Exchange out-of-office reply (Auto-Submitted: auto-replied)
        byte[] raw = EmailSamples.sample("out-of-office.eml");

        // When it is read
        RelayedEmail email = MimeEmail.read(raw);

        // Then it is automatic mail, not a customer's
        assertThat(email).isEqualTo(new Automatic(AutoReply.AUTO_REPLY));
    }

    @Test
    void deliveryStatusNotificationIsABounce() {
        // Given a Postfix bounce: multipart/report; report-type=delivery-status, from MAILER-DAEMON
        byte[] raw = EmailSamples.sample("delivery-status.eml");

        // When it is read
        RelayedEmail email = MimeEmail.read(raw);

        // Then it is automatic mail of kind bounce
        assertThat(email).isEqualTo(new Automatic(AutoReply.BOUNCE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Auto-Submitted: auto-generated | true",
            "Auto-Submitted: auto-replied; owner-email=x@y.z | true", "X-Autoreply: yes | true",
            "X-Autorespond: Out of office | true", "Precedence: auto_reply | true", "Precedence: bulk | true",
            "Precedence: junk | true", "Precedence: BULK | true", "Auto-Submitted: no | false",
            "Auto-Submitted: No (a person wrote this) | false", "Precedence: list | false",
            "Precedence: first-class | false"})
    void automaticMailHeadersDecideWhetherAMailIsACustomers(String header, boolean automatic) {
        // Given a customer's ordinary mail with one more header
        String[] nameAndValue = header.split(": ", 2);
        String eml = EmailSamples.withHeader(EmailSamples.text("html-only.eml"), nameAndValue[0], nameAndValue[1]);

        // When it is read
        RelayedEmail email = MimeEmail.read(EmailSamples.bytes(eml));

        // Then it is automatic exactly when the header says a machine sent it
        assertThat(email).isInstanceOf(automatic ? Automatic.class : CustomerEmail.class);
    }

    @Test
    void readReceiptIsAutomatic() {
        // Given a message disposition notification (a read receipt)
        String eml = EmailSamples.withHeader(EmailSamples.text("delivery-status.eml"), "Content-Type",
                "multipart/report; report-type=disposition-notification;"
                        + " boundary=\"4dKz3B5nTtz1xY.1772533201/mx.example.net\"");

        // When it is read
        RelayedEmail email = MimeEmail.read(EmailSamples.bytes(eml));

        // Then it is automatic mail of kind read-receipt
        assertThat(email).isEqualTo(new Automatic(AutoReply.READ_RECEIPT));
    }

    @Test
    void mailWithoutMessageIdGetsOneMadeFromItsBytesTheSameOnEveryRetry() {
        // Given a mail whose client sent no Message-ID
        byte[] raw = EmailSamples.bytes(EmailSamples.withoutHeader(EmailSamples.text("html-only.eml"), "Message-ID"));

        // When the relay posts it twice
        CustomerEmail first = customerEmail(raw);
        CustomerEmail retry = customerEmail(raw.clone());

        // Then both carry the same made-up id, marked as such, which is also the thread's root
        assertThat(first.messageId()).matches("<[0-9a-f]{32}@synthesized\\.switchboard\\.invalid>")
                .isEqualTo(retry.messageId());
        assertThat(first.messageIdSynthesized()).isTrue();
        assertThat(first.threadRoot()).isEqualTo(first.messageId());
    }

    @Test
    void replyWithoutReferencesIsThreadedByInReplyTo() {
        // Given a reply whose client sent In-Reply-To only (no References)
        String eml = EmailSamples.withoutHeader(EmailSamples.text("outlook-reply.eml"), "References");

        // When it is read
        CustomerEmail email = customerEmail(EmailSamples.bytes(eml));

        // Then the thread's root is the mail it answers
        assertThat(email.references()).isEmpty();
        assertThat(email.threadRoot()).isEqualTo("<20260302141500.1a2b3c@demo.switchboard.local>");
    }

    @Test
    void controlCharactersAndInvalidBytesNeverReachTheText() {
        // Given a UTF-8 mail with a NUL, a bell, an escape sequence, a BOM and a byte that is not UTF-8
        String eml = """
                From: "Mallory\u0007 Example" <mallory@example.com>
                To: support@demo.switchboard.local
                Subject: =?UTF-8?Q?bell=07_and_nul=00?=
                Message-ID: <control-chars@example.com>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                \ufeffhello\u0000 \u001b[31mred\u001b[0m \u00ffend
                """;
        byte[] raw = eml.replace("\ufeff", "\u00ef\u00bb\u00bf").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        // When it is read
        CustomerEmail email = customerEmail(raw);

        // Then control characters are gone and the stray byte is a replacement character
        assertThat(email.body().text()).isEqualTo("hello [31mred[0m \ufffdend");
        assertThat(email.subject()).isEqualTo("bell and nul");
        assertThat(email.fromName()).isEqualTo("Mallory Example");
    }

    @Test
    void unknownCharsetIsReadAsUtf8() {
        // Given a mail declaring a charset Java does not know
        String eml = EmailSamples.withHeader(EmailSamples.text("latin1-quoted-printable.eml"), "Content-Type",
                "text/plain; charset=x-no-such-charset");

        // When it is read
        CustomerEmail email = customerEmail(EmailSamples.bytes(eml));

        // Then it is read, invalid UTF-8 as replacement characters
        assertThat(email.body().text()).startsWith("Bonjour,").contains("connexion \ufffd Internet");
    }

    @Test
    void brokenMultipartIsMalformedAndSaysSo() {
        // Given a multipart/mixed whose declared boundary never appears
        byte[] raw = EmailSamples.sample("broken-multipart.eml");

        // When / Then reading it fails, naming the multipart
        assertThatThrownBy(() -> MimeEmail.read(raw)).isInstanceOf(MalformedEmail.class)
                .hasMessage("MIME part 1 (multipart/mixed) cannot be read: Missing start boundary");
    }

    @Test
    void mailWithoutASenderAddressIsMalformed() {
        // Given mail with no From, with a From that is not an address, and nothing at all
        byte[] noFrom = EmailSamples.bytes(EmailSamples.withoutHeader(EmailSamples.text("html-only.eml"), "From"));
        byte[] notAnAddress = EmailSamples.bytes(
                EmailSamples.withHeader(EmailSamples.text("html-only.eml"), "From", "Grace Hopper"));
        byte[] garbage = EmailSamples.bytes("\u0000\u0001 this is not a mail at all");

        // When / Then each is malformed, naming what is wrong
        assertThatThrownBy(() -> MimeEmail.read(noFrom)).isInstanceOf(MalformedEmail.class)
                .hasMessage("the From header is required");
        assertThatThrownBy(() -> MimeEmail.read(notAnAddress)).isInstanceOf(MalformedEmail.class)
                .hasMessageContaining("From header");
        assertThatThrownBy(() -> MimeEmail.read(garbage)).isInstanceOf(MalformedEmail.class)
                .hasMessageContaining("From header");
        assertThatThrownBy(() -> MimeEmail.read(new byte[0])).isInstanceOf(MalformedEmail.class)
                .hasMessage("the message is empty");
    }

    @Test
    void deeplyNestedMultipartsAreRefusedBeforeTheyExhaustTheStack() {
        // Given a mail of multiparts nested far deeper than any client nests them
        StringBuilder eml = new StringBuilder("""
                From: a@example.com
                Message-ID: <deep@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b0"

                """);
        int depth = 40;
        for (int i = 1; i <= depth; i++) {
            eml.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i)
                    .append("\"\n\n");
        }
        eml.append("--b").append(depth).append("\nContent-Type: text/plain\n\ndeep\n");
        for (int i = depth; i >= 0; i--) {
            eml.append("--b").append(i).append("--\n");
        }

        // When / Then it is malformed, naming the limit
        assertThatThrownBy(() -> MimeEmail.read(EmailSamples.bytes(eml))).isInstanceOf(MalformedEmail.class)
                .hasMessageContaining("nested deeper than " + MimeBody.MAX_DEPTH);
    }

    @Test
    void hugeTextIsCutToTheLimitAndSaysSo() {
        // Given a mail of far more text than anyone types
        String eml = """
                From: a@example.com
                Message-ID: <huge@example.com>
                Content-Type: text/plain; charset=us-ascii

                """ + "all work and no play makes jack a dull boy\n".repeat(5_000);

        // When it is read
        CustomerEmail email = customerEmail(EmailSamples.bytes(eml));

        // Then the text is cut to the limit and marked as cut
        assertThat(email.body().text()).hasSize(EmailText.MAX_LENGTH);
        assertThat(email.body().textTruncated()).isTrue();
    }

    private static CustomerEmail customerEmail(byte[] raw) {
        RelayedEmail email = MimeEmail.read(raw);
        assertThat(email).isInstanceOf(CustomerEmail.class);
        return (CustomerEmail) email;
    }
}
