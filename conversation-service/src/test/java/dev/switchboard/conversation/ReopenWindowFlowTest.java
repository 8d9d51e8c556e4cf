package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.ConversationStatusChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.StatusCause;
import dev.switchboard.events.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer writing after resolution: within the workspace's reopen window the conversation reopens, else a new one. */
class ReopenWindowFlowTest extends SwitchboardIntegrationTest {

    private static final List<String> ALL_DAY = List.of("00:00-24:00");

    @Test
    void aMessageWithinTheWindowReopensTheResolvedConversationAndAsksRoutingForItsAgent() {
        // Given alice's conversation, resolved
        String handle = InboundFixtures.uniqueHandle();
        String id = deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        assign(id, "alice");
        assertThat(api.post(path(id), api.tokenFor("alice", "alice-local-pw"), null).status()).isEqualTo(200);

        // When the customer writes again six days later (within the default seven)
        String again = deliver(InboundFixtures.webchatMessageAt(handle, "It broke again",
                Instant.now().plus(Duration.ofDays(6))));

        // Then the message joins that conversation, which is open again and waits for alice
        assertThat(again).isEqualTo(id);
        ConversationStatusChanged reopened = reopening(id);
        assertThat(reopened.from()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(reopened.cause()).isEqualTo(StatusCause.CUSTOMER_MESSAGE);
        assertThat(kafka.await(ConversationWaiting.class, event -> event.conversationId().equals(id)
                && event.reason() == WaitingReason.REOPENED).event().preferredAgentId()).isEqualTo("alice");
        assertThat(api.get("/api/v1/conversations/" + id, sam()).text("status")).isEqualTo("OPEN");
        assertThat(kafka.matching(ConversationOpened.class, event -> event.contactHandle().equals(handle)))
                .hasSize(1);
    }

    @Test
    void aWorkspaceWithAOneDayWindowOpensANewConversationTwoDaysLater() {
        // Given a workspace whose reopen window is one day, and a resolved conversation there
        String workspace = "reopen-" + UUID.randomUUID();
        String admin = adminOf(workspace);
        assertThat(api.put("/api/v1/workspace/settings", admin, oneDayWindow()).status()).isEqualTo(200);
        String handle = InboundFixtures.uniqueHandle();
        Instant now = Instant.now();
        String first = deliver(InboundFixtures.webchatMessage(workspace, handle, "Hi", now));
        assertThat(api.post(path(first), admin, null).status()).isEqualTo(200);

        // When the customer writes two days later, then again within the hour
        String later = deliver(InboundFixtures.webchatMessage(workspace, handle, "Hello?",
                now.plus(Duration.ofDays(2))));
        String soon = deliver(InboundFixtures.webchatMessage(workspace, handle, "Still there?",
                now.plus(Duration.ofDays(2)).plusSeconds(60)));

        // Then the first conversation stays resolved and a new one holds the thread
        assertThat(later).isNotEqualTo(first);
        assertThat(soon).isEqualTo(later);
        assertThat(api.get("/api/v1/conversations/" + first, admin).text("status")).isEqualTo("RESOLVED");
        assertThat(kafka.matching(ConversationStatusChanged.class, event -> event.conversationId().equals(first)
                && event.to() == ConversationStatus.OPEN)).isEmpty();
    }

    @Test
    void aRedeliveredMessageReopensOnceAndIsAppendedOnce() {
        // Given a resolved conversation
        String handle = InboundFixtures.uniqueHandle();
        String id = deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        assertThat(api.post(path(id), sam(), null).status()).isEqualTo(200);

        // When the customer's next message arrives three times, then one more message of theirs
        MessageReceived again = InboundFixtures.webchatMessage(handle, "Me again");
        kafka.send(again);
        kafka.send(again);
        kafka.send(again);
        assertThat(deliver(InboundFixtures.webchatMessage(handle, "Hello?"))).isEqualTo(id);

        // Then the conversation was reopened once, and the message appended once
        reopening(id);
        assertThat(kafka.matching(ConversationStatusChanged.class, event -> event.conversationId().equals(id)
                && event.to() == ConversationStatus.OPEN).stream().map(KafkaProbe.Received::ceId).distinct())
                .hasSize(1);
        assertThat(kafka.matching(MessageAppended.class, event -> event.messageId().equals(again.messageId())))
                .extracting(received -> received.event().conversationId()).containsExactly(id);
    }

    private ConversationStatusChanged reopening(String id) {
        return kafka.await(ConversationStatusChanged.class,
                event -> event.conversationId().equals(id) && event.to() == ConversationStatus.OPEN).event();
    }

    private static Map<String, Object> oneDayWindow() {
        return Map.of("timeZone", "UTC", "reopenWindowDays", 1, "schedule", Map.of("MONDAY", ALL_DAY,
                "TUESDAY", ALL_DAY, "WEDNESDAY", ALL_DAY, "THURSDAY", ALL_DAY, "FRIDAY", ALL_DAY, "SATURDAY", ALL_DAY,
                "SUNDAY", ALL_DAY));
    }

    private String sam() {
        return api.tokenFor("sam", "sam-local-pw");
    }

    private static String path(String id) {
        return "/api/v1/conversations/" + id + "/resolve";
    }
}
