package dev.switchboard.conversation.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.EventFixtures;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.Priority;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:58:00Z");
    private static final Instant LATER = AT.plusSeconds(60);

    private final MessageReceived received = EventFixtures.messageReceived();

    @Test
    void aMessageOpensAnOpenUnassignedConversationOnItsThread() {
        // Given a customer's first message
        // When it opens a conversation
        Conversation conversation = Conversation.openedBy("c-1", received, "contact-1", AT);

        // Then the conversation is open, waits for an agent and remembers its thread and opening message
        assertThat(conversation.isOpen()).isTrue();
        assertThat(conversation.awaitsAgent()).isTrue();
        assertThat(conversation.threadKey()).isEqualTo("demo:demo-webchat:visitor-7");
        assertThat(conversation.contactHandle()).isEqualTo("visitor-7");
        assertThat(conversation.channel()).isEqualTo(Channel.WEBCHAT);
        assertThat(conversation.priority()).isEqualTo(Priority.NORMAL);
        assertThat(conversation.wasOpenedBy(received.messageId())).isTrue();
        assertThat(conversation.wasOpenedBy("another-message")).isFalse();
    }

    @Test
    void onlyTheAssigneeOrASupervisorHandlesAConversation() {
        // Given a conversation assigned to alice
        Conversation conversation = open().assignedTo("alice", LATER);

        // When permissions are asked / Then alice and any supervisor may act, bob may not
        assertThat(conversation.permissionFor("alice", false)).isEqualTo(AgentPermission.ALLOWED);
        assertThat(conversation.permissionFor("sam", true)).isEqualTo(AgentPermission.ALLOWED);
        assertThat(conversation.permissionFor("bob", false)).isEqualTo(AgentPermission.NOT_HANDLER);
    }

    @Test
    void nobodyHandlesAnUnassignedConversationButSupervisors() {
        // Given an unassigned conversation
        Conversation conversation = open();

        // When / Then
        assertThat(conversation.permissionFor("alice", false)).isEqualTo(AgentPermission.NOT_HANDLER);
        assertThat(conversation.permissionFor("sam", true)).isEqualTo(AgentPermission.ALLOWED);
    }

    @Test
    void aResolvedConversationKeepsItsAssigneeButTakesNoMoreReplies() {
        // Given alice's conversation
        Conversation assigned = open().assignedTo("alice", LATER);

        // When it is resolved
        Conversation resolved = assigned.resolved(LATER);

        // Then it keeps alice for history, no longer awaits anyone, and replying is refused as resolved
        assertThat(resolved.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(resolved.assigneeId()).isEqualTo("alice");
        assertThat(resolved.awaitsAgent()).isFalse();
        assertThat(resolved.updatedAt()).isEqualTo(LATER);
        assertThat(resolved.permissionFor("alice", false)).isEqualTo(AgentPermission.RESOLVED);
        assertThat(resolved.permissionFor("bob", false)).isEqualTo(AgentPermission.NOT_HANDLER);
    }

    @Test
    void aResolvedConversationCannotBeAssignedOrResolvedAgain() {
        // Given a resolved conversation
        Conversation resolved = open().resolved(LATER);

        // When / Then
        assertThatIllegalStateException().isThrownBy(() -> resolved.assignedTo("alice", LATER));
        assertThatIllegalStateException().isThrownBy(() -> resolved.resolved(LATER));
    }

    @Test
    void reassigningNamesThePreviousAgentOnlyWhenItChanges() {
        // Given an unassigned conversation, and the same conversation held by alice
        Conversation unassigned = open();
        Conversation alices = unassigned.assignedTo("alice", LATER);

        // When / Then
        assertThat(unassigned.previousAssigneeFor("alice")).isNull();
        assertThat(alices.previousAssigneeFor("alice")).isNull();
        assertThat(alices.previousAssigneeFor("bob")).isEqualTo("alice");
        assertThat(alices.awaitsAgent()).isFalse();
    }

    private Conversation open() {
        return Conversation.openedBy("c-1", received, "contact-1", AT);
    }
}
