package dev.switchboard.notify.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.EventFixtures;
import dev.switchboard.events.MessageAppended;
import org.junit.jupiter.api.Test;

/** Who hears which conversation event. */
class AgentPushTest {

    @Test
    void aTransferReachesTheNewAndThePreviousAssignee() {
        // Given
        ConversationAssigned fixture = EventFixtures.conversationAssigned();
        var transfer = new ConversationAssigned(fixture.eventId(), fixture.occurredAt(), fixture.workspaceId(),
                fixture.conversationId(), "bob", "alice", fixture.inboxId(), fixture.channel());
        // When / Then
        assertThat(AgentPush.recipientsOf(transfer)).containsExactly("bob", "alice");
        assertThat(AgentPush.recipientsOf(fixture)).containsExactly("alice");
    }

    @Test
    void aMessageReachesOnlyItsAssigneeAndAnOpenedConversationNobody() {
        // Given
        MessageAppended fixture = EventFixtures.messageAppended();
        var unassigned = new MessageAppended(fixture.eventId(), fixture.occurredAt(), fixture.workspaceId(),
                fixture.conversationId(), fixture.messageId(), fixture.inboxId(), fixture.channel(),
                fixture.direction(), fixture.author(), fixture.text(), fixture.attachments(), null);
        // When / Then
        assertThat(AgentPush.recipientsOf(fixture)).containsExactly("alice");
        assertThat(AgentPush.recipientsOf(unassigned)).isEmpty();
        assertThat(AgentPush.recipientsOf(EventFixtures.conversationOpened())).isEmpty();
        assertThat(AgentPush.recipientsOf(EventFixtures.conversationResolved())).containsExactly("alice");
    }
}
