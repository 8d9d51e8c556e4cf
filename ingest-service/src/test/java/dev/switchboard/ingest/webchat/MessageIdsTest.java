package dev.switchboard.ingest.webchat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void clientMessageIdMakesTheIdDeterministic() {
        // Given / When the same inbox, visitor and client message id are seen twice
        String first = MessageIds.of("demo-webchat", "visitor-7", "c-42");
        String retry = MessageIds.of("demo-webchat", "visitor-7", "c-42");

        // Then both get the name-based UUID of inboxId:visitorId:clientMessageId
        assertThat(first).isEqualTo(retry)
                .isEqualTo(UUID.nameUUIDFromBytes("demo-webchat:visitor-7:c-42".getBytes(UTF_8)).toString());
    }

    @Test
    void sameClientMessageIdInAnotherInboxIsAnotherMessage() {
        // Given / When / Then
        assertThat(MessageIds.of("inbox-a", "visitor-7", "c-42"))
                .isNotEqualTo(MessageIds.of("inbox-b", "visitor-7", "c-42"));
    }

    @Test
    void twoVisitorsReusingAClientMessageIdSendTwoMessages() {
        // Given / When / Then: a collision here would make conversation-service drop one as a duplicate
        assertThat(MessageIds.of("demo-webchat", "visitor-7", "c-1"))
                .isNotEqualTo(MessageIds.of("demo-webchat", "visitor-8", "c-1"));
    }

    @Test
    void withoutClientMessageIdEveryMessageIsNew() {
        // Given / When two messages without a client id
        String one = MessageIds.of("demo-webchat", "visitor-7", null);
        String two = MessageIds.of("demo-webchat", "visitor-7", null);

        // Then they are distinct valid UUIDs
        assertThat(one).isNotEqualTo(two);
        assertThat(UUID.fromString(one).toString()).isEqualTo(one);
    }
}
