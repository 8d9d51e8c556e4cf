package dev.switchboard.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is left of a reply once the mail it quotes is cut: the rules, their limits, and the fallback. */
class QuotedReplyTest {

    @Test
    void gmailAttributionOnOneLineEndsTheText() {
        // Given a top-posted reply with Gmail's attribution and quoted lines
        String text = """
                Yes, the modem is back.

                On Mon, Mar 2, 2026 at 10:10 AM Switchboard Support <support@demo.switchboard.local> wrote:
                > Did the restart help?
                """;

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then only the reply is left
        assertThat(stripped).isEqualTo("Yes, the modem is back.");
    }

    @Test
    void attributionWrappedOverTwoLinesEndsTheText() {
        // Given Gmail's plain text, which wraps a long attribution after the address's "<"
        String text = """
                Still broken.

                On Mon, Mar 2, 2026 at 10:10\u202fAM Switchboard Support <
                support@demo.switchboard.local> wrote:

                > Did the restart help?
                """;

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then the wrapped attribution is recognised
        assertThat(stripped).isEqualTo("Still broken.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le lun. 2 mars 2026 \u00e0 10:10, Switchboard Support <support@demo.switchboard.local> a \u00e9crit :",
            "Am 02.03.2026 um 10:10 schrieb Switchboard Support <support@demo.switchboard.local>:",
            "El lun, 2 mar 2026 a las 10:10, Switchboard Support (<support@demo.switchboard.local>) escribi\u00f3:",
            "Op ma 2 mrt 2026 om 10:10 schreef Switchboard Support <support@demo.switchboard.local>:",
            "Em seg., 2 de mar. de 2026 \u00e0s 10:10, Switchboard Support <support@demo.switchboard.local> escreveu:",
            "On 2 Mar 2026, at 10:10, Switchboard Support <support@demo.switchboard.local> wrote:",
            "-----Original Message-----", "----- Original Message -----", "-----Urspr\u00fcngliche Nachricht-----"})
    void translatedAttributionsAndOriginalMessageSeparatorsEndTheText(String header) {
        // Given a reply above a quoted mail introduced by {header}
        String text = "Merci, c'est r\u00e9par\u00e9.\n\n" + header + "\nFrom: Switchboard Support\nold text\n";

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then only the reply is left
        assertThat(stripped).isEqualTo("Merci, c'est r\u00e9par\u00e9.");
    }

    @Test
    void outlookFromSentBlockUnderARuleEndsTheText() {
        // Given Outlook's reply: a rule, then the quoted mail's From, Sent, To and Subject
        String text = """
                Please close the ticket.

                ________________________________
                From: Switchboard Support <support@demo.switchboard.local>
                Sent: Monday, March 2, 2026 3:15 PM
                To: Charles Babbage
                Subject: Re: Invoice
                """;

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then the rule and the block are gone
        assertThat(stripped).isEqualTo("Please close the ticket.");
    }

    @Test
    void aFromLineThatStartsNoHeaderBlockIsKept() {
        // Given a customer quoting a sender in their own words, with no Sent/Date line after it
        String text = """
                I got a letter.
                From: your billing department
                It says I owe 40 EUR.
                """;

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then nothing is cut
        assertThat(stripped).isEqualTo(text.strip());
    }

    @Test
    void trailingQuotedBlockIsDroppedButQuotesAnsweredInlineAreKept() {
        // Given an inline answer (quote, answer) followed by a trailing quoted block
        String text = """
                > Which plan are you on?
                Fibre 500.

                > Since when?
                > And what lights do you see?
                >
                """;

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then the inline quote stays and only the trailing block goes
        assertThat(stripped).isEqualTo("> Which plan are you on?\nFibre 500.");
    }

    @Test
    void signatureSeparatorEndsTheText() {
        // Given a text with an RFC 3676 "-- " signature, and one whose client trimmed it to "--"
        String standard = "See you.\n-- \nAda Lovelace\n+44 20 7946 0000";
        String trimmed = "See you.\n--\nAda Lovelace";

        // When each is stripped
        // Then the signature is gone in both
        assertThat(QuotedReply.strip(standard)).isEqualTo("See you.");
        assertThat(QuotedReply.strip(trimmed)).isEqualTo("See you.");
    }

    @Test
    void dashesInsideALineAreNotASignature() {
        // Given text with "--" that is not a line of its own
        String text = "Speed dropped -- from 500 to 20.\n---\nThat is all.";

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then nothing is cut
        assertThat(stripped).isEqualTo(text);
    }

    @Test
    void lookalikeLinesWithoutADateAreNotAttributions() {
        // Given a customer's own sentence that starts with "On" and ends with "wrote:"
        String text = "On the form I wrote:\nmy old address, please change it.";

        // When it is stripped
        String stripped = QuotedReply.strip(text);

        // Then nothing is cut: an attribution always carries a date
        assertThat(stripped).isEqualTo(text);
    }

    @Test
    void textThatIsAllQuotedIsKeptWhole() {
        // Given bottom-posted and fully quoted mail, which would be empty once cut
        String bottomPosted = "On Mon, Mar 2, 2026 at 10:10 AM Support <s@example.com> wrote:\n> Hi\nMy answer below.";
        String allQuoted = "> only a quote\n> nothing else\n";
        String onlySignature = "-- \nAda";

        // When each is stripped
        // Then the whole text is kept rather than nothing
        assertThat(QuotedReply.strip(bottomPosted)).isEqualTo(bottomPosted);
        assertThat(QuotedReply.strip(allQuoted)).isEqualTo(allQuoted.strip());
        assertThat(QuotedReply.strip(onlySignature)).isEqualTo(onlySignature);
    }

    @Test
    void strippingIsDeterministicNeverEmptyAndOnlyEverCutsFromTheEnd() {
        // Given random texts built from the lines the rules look at and ordinary lines (seeded, bounded)
        String[] lines = {"Hello", "", "> quoted", "-- ", "--", "On Mon, 2 Mar 2026, Ada wrote:", "On Mon, 2 Mar",
                "2026 Ada wrote:", "From: Ada", "Sent: Monday", "________________________________",
                "-----Original Message-----", "  indented", "text with -- dashes", "Gr\u00fc\u00dfe \ud83d\ude15"};
        RandomGenerator random = new SplittableRandom(20260302L);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(lines[random.nextInt(lines.length)]).append('\n');
            }
            String input = text.toString();

            // When it is stripped twice
            String once = QuotedReply.strip(input);
            String again = QuotedReply.strip(input);

            // Then the result is the same each time, a prefix of the input (or all of it), and empty only if it was
            assertThat(again).as(input).isEqualTo(once);
            assertThat(input.strip()).as(input).startsWith(once);
            assertThat(once.isEmpty()).as(input).isEqualTo(input.isBlank());
        }
    }
}
