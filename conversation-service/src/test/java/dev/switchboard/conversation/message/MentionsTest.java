package dev.switchboard.conversation.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsEachHandleOnceInTheOrderFirstMentioned() {
        // Given / When
        var handles = Mentions.handlesIn("@bob can you look? cc @sam.lee, @bob again, and (@carol-2).");

        // Then a sentence's full stop or comma is not part of a handle
        assertThat(handles).containsExactly("bob", "sam.lee", "carol-2");
    }

    @Test
    void anEmailAddressOrALoneAtIsNoMention() {
        // Given / When / Then
        assertThat(Mentions.handlesIn("write to ana@example.com @ noon, or @")).isEmpty();
        assertThat(Mentions.handlesIn("@$where and @{\"$gt\":\"\"}")).isEmpty();
    }

    @Test
    void mentionsBeyondTheLimitStayPlainText() {
        // Given a note mentioning more handles than the limit
        String text = IntStream.range(0, Mentions.MAX + 5).mapToObj(i -> "@agent" + i)
                .collect(Collectors.joining(" "));

        // When / Then only the first ones count
        assertThat(Mentions.handlesIn(text)).hasSize(Mentions.MAX).startsWith("agent0").endsWith("agent19");
    }
}
