package dev.switchboard.conversation.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.switchboard.events.ConversationStatus;
import dev.switchboard.events.ConversationStatusChanged;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.EventFixtures;
import dev.switchboard.events.Priority;
import dev.switchboard.events.StatusCause;
import dev.switchboard.events.WaitingReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The state machine: open, snoozed, resolved, and back; each step one revision on, with events of its own. */
class ConversationLifecycleTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:58:00Z");
    private static final Instant LATER = AT.plusSeconds(60);
    private static final Instant TOMORROW = AT.plusSeconds(86_400);

    private final Conversation alices = Conversation.openedBy("c-1", EventFixtures.messageReceived(), "contact-1", AT)
            .assignedTo("alice", AT);

    @Test
    void snoozingKeepsTheAgentForHistoryButNoLongerTakesAnAgent() {
        // Given alice's open conversation / When she snoozes it until tomorrow
        Conversation snoozed = alices.snoozed(TOMORROW, LATER);

        // Then it sleeps until then, still names alice, and is not waiting for anyone
        assertThat(snoozed.status()).isEqualTo(ConversationStatus.SNOOZED);
        assertThat(snoozed.state().snoozedUntil()).isEqualTo(TOMORROW);
        assertThat(snoozed.assigneeId()).isEqualTo("alice");
        assertThat(snoozed.holdsThread()).isTrue();
        assertThat(snoozed.awaitsAgent()).isFalse();
        assertThat(snoozed.revision()).isEqualTo(alices.revision() + 1);
        assertThat(snoozed.permissionFor("alice", false)).isEqualTo(AgentPermission.ALLOWED);
    }

    @Test
    void aSnoozeMustEndInTheFutureAndAResolvedConversationCannotSleep() {
        // Given / When / Then
        assertThatIllegalStateException().isThrownBy(() -> alices.snoozed(AT, LATER));
        assertThatIllegalStateException().isThrownBy(() -> alices.resolved(LATER).snoozed(TOMORROW, LATER));
    }

    @Test
    void wakingPutsItBackInLineFromNowPreferringTheLastAgent() {
        // Given alice's snoozed conversation
        Conversation snoozed = alices.snoozed(TOMORROW, LATER);

        // When it wakes tomorrow
        Conversation woken = snoozed.reopened(TOMORROW);

        // Then it is open and waiting since now, remembering alice for routing
        assertThat(woken.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(woken.awaitsAgent()).isTrue();
        assertThat(woken.state().waitingSince()).isEqualTo(TOMORROW);
        assertThat(woken.state().snoozedUntil()).isNull();
        assertThat(woken.lastAgent()).isEqualTo("alice");
        ConversationWaiting waiting = LifecycleEvents.waitingAgain(woken);
        assertThat(waiting.preferredAgentId()).isEqualTo("alice");
        assertThat(waiting.reason()).isEqualTo(WaitingReason.REOPENED);
        assertThat(waiting.waitingSince()).isEqualTo(TOMORROW);
    }

    @Test
    void aResolvedConversationReopensAndOnlyAClosedOneCan() {
        // Given alice's resolved conversation
        Conversation resolved = alices.resolved(LATER);

        // When it is reopened
        Conversation reopened = resolved.reopened(TOMORROW);

        // Then it holds its thread again and waits; reopening an open one is refused
        assertThat(resolved.holdsThread()).isFalse();
        assertThat(reopened.holdsThread()).isTrue();
        assertThat(reopened.awaitsAgent()).isTrue();
        assertThat(reopened.lastAgent()).isEqualTo("alice");
        assertThatIllegalStateException().isThrownBy(() -> reopened.reopened(TOMORROW));
    }

    @Test
    void aSnoozedConversationCanBeResolvedAndAResolvedOneNotTwice() {
        // Given / When
        Conversation resolved = alices.snoozed(TOMORROW, LATER).resolved(LATER);

        // Then
        assertThat(resolved.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(resolved.state().snoozedUntil()).isNull();
        assertThatIllegalStateException().isThrownBy(() -> resolved.resolved(LATER));
    }

    @Test
    void theStatusChangeSaysFromWhereToWhereWhyAndWho() {
        // Given a snooze / When its event is derived
        Conversation snoozed = alices.snoozed(TOMORROW, LATER);
        ConversationStatusChanged changed = LifecycleEvents.statusChanged(alices, snoozed, StatusCause.AGENT,
                "alice");

        // Then it names both statuses, the cause, the agents and the time it wakes, with an id of this revision
        assertThat(changed.from()).isEqualTo(ConversationStatus.OPEN);
        assertThat(changed.to()).isEqualTo(ConversationStatus.SNOOZED);
        assertThat(changed.cause()).isEqualTo(StatusCause.AGENT);
        assertThat(changed.agentId()).isEqualTo("alice");
        assertThat(changed.assigneeId()).isEqualTo("alice");
        assertThat(changed.snoozedUntil()).isEqualTo(TOMORROW);
        assertThat(changed.eventId()).isEqualTo(EventIds.derived("c-1@" + snoozed.revision(), "status-changed"))
                .isNotEqualTo(LifecycleEvents.statusChanged(snoozed, snoozed.reopened(TOMORROW),
                        StatusCause.SNOOZE_ENDED, null).eventId());
    }

    @Test
    void unassigningKeepsThePlaceInLineAndQueuingNeedsAWaitingConversation() {
        // Given alice's conversation / When routing takes it back and queues it
        QueuePlace place = new QueuePlace(2, 5, 60L, UUID.randomUUID());
        Conversation waiting = alices.unassigned(LATER).queuedAt(place, LATER);

        // Then it waits at that place, remembering alice, in line since it first waited
        assertThat(waiting.awaitsAgent()).isTrue();
        assertThat(waiting.state().queue()).isEqualTo(place);
        assertThat(waiting.lastAgent()).isEqualTo("alice");
        assertThat(waiting.state().waitingSince()).isEqualTo(AT);
        assertThatIllegalStateException().isThrownBy(() -> alices.queuedAt(place, LATER));
    }

    @Test
    void aResolvedConversationTakesNewLabelsButNotANewPriorityOrTeam() {
        // Given a resolved conversation
        Conversation resolved = alices.resolved(LATER);

        // When / Then
        assertThat(resolved.triaged(Priority.NORMAL, null, List.of("billing"), LATER).state().labels())
                .containsExactly("billing");
        assertThatIllegalStateException().isThrownBy(
                () -> resolved.triaged(Priority.URGENT, null, List.of(), LATER));
        assertThatIllegalStateException().isThrownBy(
                () -> resolved.triaged(Priority.NORMAL, "vip", List.of(), LATER));
    }
}
