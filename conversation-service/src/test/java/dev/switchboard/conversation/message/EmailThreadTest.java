package dev.switchboard.conversation.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ThreadHints;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmailThreadTest {

    @Test
    void aReplyAnswersTheCustomersMailAndKeepsTheRootFirst() {
        // Given the customer's second mail in a thread we already answered once
        ThreadHints customer = new ThreadHints("<c2@mail.example>", "<r1@switchboard.local>",
                List.of("<root@mail.example>", "<r1@switchboard.local>"), "Re: My router");

        // When we reply
        ThreadHints reply = EmailThread.replyTo(customer);

        // Then the reply is in reply to their mail, references the whole chain root first, and says "Re:" once
        assertThat(reply).isEqualTo(new ThreadHints(null, "<c2@mail.example>",
                List.of("<root@mail.example>", "<r1@switchboard.local>", "<c2@mail.example>"), "Re: My router"));
    }

    @Test
    void theFirstReplyToANewMailStartsTheChainAndPrefixesTheSubject() {
        ThreadHints reply = EmailThread.replyTo(new ThreadHints("<root@mail.example>", null, List.of(), "My router"));

        assertThat(reply).isEqualTo(new ThreadHints(null, "<root@mail.example>", List.of("<root@mail.example>"),
                "Re: My router"));
    }

    @Test
    void aLongChainKeepsItsRootAndTheLatestReferences() {
        // Given a thread of 80 mails
        List<String> chain = IntStream.range(0, 80).mapToObj(i -> "<m" + i + "@mail.example>").toList();

        // When we reply to the last
        ThreadHints reply = EmailThread.replyTo(new ThreadHints("<m80@mail.example>", "<m79@mail.example>", chain,
                null));

        // Then the root stays first, the newest are kept, and a missing subject gets a neutral one
        assertThat(reply.references()).hasSize(EmailThread.MAX_REFERENCES)
                .startsWith("<m0@mail.example>").endsWith("<m79@mail.example>", "<m80@mail.example>");
        assertThat(reply.subject()).isEqualTo("Re: your message");
    }

    @Test
    void withoutTheCustomersMessageIdThereIsNothingToThreadUnder() {
        assertThat(EmailThread.replyTo(new ThreadHints(null, null, List.of(), "Hi"))).isNull();
    }
}
