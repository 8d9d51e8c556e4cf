package dev.switchboard.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Message-ID lists as clients write them, well and badly. */
class MessageIdHeaderTest {

    @Test
    void idsAreReadInOrderWhateverSeparatesThem() {
        // Given a References header folded over lines, with commas and a comment between ids
        String header = "<root@a.example>,\r\n <second@b.example> (a comment)\t<third@c.example>";

        // When it is read
        List<String> ids = MessageIdHeader.all(header);

        // Then the ids are in order, brackets kept
        assertThat(ids).containsExactly("<root@a.example>", "<second@b.example>", "<third@c.example>");
    }

    @Test
    void inReplyToWithAPhraseGivesTheIdOnly() {
        // Given an old client's In-Reply-To with a phrase around the id
        String header = "Ada's message of \"Mon, 2 Mar 2026\" <CAF4x2b@mail.gmail.com>";

        // When its first id is read
        // Then it is the id
        assertThat(MessageIdHeader.first(header)).isEqualTo("<CAF4x2b@mail.gmail.com>");
    }

    @Test
    void idsWithoutBracketsAreReadAsSent() {
        // Given a broken client's header without angle brackets
        // When it is read
        // Then each whitespace-separated token is an id
        assertThat(MessageIdHeader.all("abc@host.example def@host.example"))
                .containsExactly("abc@host.example", "def@host.example");
    }

    @Test
    void absentOrEmptyHeadersHaveNoIds() {
        // Given no header, a blank one and one with only empty brackets
        // When they are read
        // Then there are no ids
        assertThat(MessageIdHeader.all(null)).isEmpty();
        assertThat(MessageIdHeader.first("   ")).isNull();
        assertThat(MessageIdHeader.all("<>")).isEmpty();
    }

    @Test
    void aVeryLongReferencesListKeepsItsRootAndTheLatestIds() {
        // Given a thread of 120 mails
        String header = String.join(" ", IntStream.range(0, 120).mapToObj(i -> "<m" + i + "@x.example>").toList());

        // When it is read
        List<String> ids = MessageIdHeader.all(header);

        // Then the root and the latest ids are kept, in order, within the bound
        assertThat(ids).hasSize(MessageIdHeader.MAX_REFERENCES);
        assertThat(ids.get(0)).isEqualTo("<m0@x.example>");
        assertThat(ids.get(1)).isEqualTo("<m71@x.example>");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("<m119@x.example>");
    }
}
