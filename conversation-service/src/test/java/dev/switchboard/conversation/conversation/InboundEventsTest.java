package dev.switchboard.conversation.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.message.Message;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.Author;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Direction;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Sender;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.WaitingReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboundEventsTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:58:00.123456Z");

    @Test
    void theOpeningMessageAnnouncesTheConversationAndAsksForAnAgent() {
        // Given a conversation opened by its first message
        MessageReceived first = received("m-1");
        Conversation conversation = Conversation.openedBy("c-1", first, "contact-1", AT);

        // When its events are derived
        List<SwitchboardEvent> events = InboundEvents.of(conversation, Message.inbound(first, "c-1", "contact-1"));

        // Then: opened, appended, waiting, with ids derived from the message
        assertThat(events).hasExactlyElementsOfTypes(ConversationOpened.class, MessageAppended.class,
                ConversationWaiting.class);
        assertThat(events).extracting(SwitchboardEvent::eventId).containsExactly(
                EventIds.derived("m-1", "opened"), EventIds.derived("m-1", "appended"),
                EventIds.derived("m-1", "waiting"));
        MessageAppended appended = (MessageAppended) events.get(1);
        assertThat(appended.direction()).isEqualTo(Direction.INBOUND);
        assertThat(appended.author()).isEqualTo(new Author(Author.Kind.CONTACT, "contact-1"));
        assertThat(appended.attachments()).hasSize(1);
        assertThat(appended.conversationId()).isEqualTo("c-1");
    }

    @Test
    void aNewConversationWaitsSinceItOpenedPreferringTheAgentOfTheCustomersLastConversation() {
        // Given a conversation opened by its first message, and the customer's earlier one that bob handled
        MessageReceived first = received("m-1");
        Conversation conversation = Conversation.openedBy("c-1", first, "contact-1", AT);
        Conversation earlier = Conversation.openedBy("c-0", received("m-0"), "contact-1", AT.minusSeconds(7_200))
                .assignedTo("bob", AT.minusSeconds(7_000));

        // When its events are derived
        List<SwitchboardEvent> events = InboundEvents.of(conversation, Message.inbound(first, "c-1", "contact-1"),
                earlier);

        // Then it asks routing for bob as of that conversation's last message, waiting since it opened
        assertThat(events.get(2)).isInstanceOfSatisfying(ConversationWaiting.class, waiting -> {
            assertThat(waiting.preferredAgentId()).isEqualTo("bob");
            assertThat(waiting.lastHelpedAt()).isEqualTo(earlier.lastMessageAt());
            assertThat(waiting.waitingSince()).isEqualTo(AT);
            assertThat(waiting.priority()).isEqualTo(conversation.priority());
            assertThat(waiting.reason()).isEqualTo(WaitingReason.NEW);
        });
    }

    @Test
    void aLaterMessageOfTheThreadIsOnlyAppended() {
        // Given an assigned conversation and a second message of its thread
        MessageReceived first = received("m-1");
        Conversation conversation = Conversation.openedBy("c-1", first, "contact-1", AT).assignedTo("alice", AT);
        MessageReceived second = received("m-2");

        // When its events are derived
        List<SwitchboardEvent> events = InboundEvents.of(conversation, Message.inbound(second, "c-1", "contact-1"));

        // Then only MessageAppended, carrying the assignee for live views
        assertThat(events).singleElement().isInstanceOfSatisfying(MessageAppended.class, appended -> {
            assertThat(appended.eventId()).isEqualTo(EventIds.derived("m-2", "appended"));
            assertThat(appended.assigneeId()).isEqualTo("alice");
        });
    }

    @Test
    void derivingAgainGivesTheSameEventsSoARedeliveryPublishesNothingNew() {
        // Given a stored opening message
        MessageReceived first = received("m-1");
        Conversation conversation = Conversation.openedBy("c-1", first, "contact-1", AT);
        Message stored = Message.inbound(first, "c-1", "contact-1");

        // When the events are derived twice (first delivery, then a redelivery)
        List<SwitchboardEvent> once = InboundEvents.of(conversation, stored);
        List<SwitchboardEvent> again = InboundEvents.of(conversation, stored);

        // Then they are equal, ids and all
        assertThat(again).isEqualTo(once);
    }

    @Test
    void aReplayedOpeningOfAnAlreadyAssignedConversationDoesNotAskForAnAgentAgain() {
        // Given the opening message of a conversation that routing already assigned
        MessageReceived first = received("m-1");
        Conversation conversation = Conversation.openedBy("c-1", first, "contact-1", AT).assignedTo("alice", AT);

        // When its events are derived again
        List<SwitchboardEvent> events = InboundEvents.of(conversation, Message.inbound(first, "c-1", "contact-1"));

        // Then it is re-announced but not re-queued
        assertThat(events).hasExactlyElementsOfTypes(ConversationOpened.class, MessageAppended.class);
    }

    @Test
    void eventIdsAreNameBasedOnCauseAndFact() {
        // Given / When / Then
        assertThat(EventIds.derived("m-1", "appended"))
                .isEqualTo(UUID.nameUUIDFromBytes("m-1:appended".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(EventIds.derived("m-1", "opened"));
    }

    private static MessageReceived received(String messageId) {
        return new MessageReceived(UUID.randomUUID(), AT, "demo", "demo-webchat", Channel.WEBCHAT, messageId,
                "client-" + messageId, "demo:demo-webchat:visitor-7", new Sender("visitor-7", "Ana"),
                "Help! My internet cut out",
                List.of(new Attachment("https://files.example/modem.jpg", "image/jpeg", "modem.jpg")), null, null,
                Map.of());
    }
}
