package dev.switchboard.notify.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.AgentUnassigned;
import dev.switchboard.events.ConversationAssigned;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.ConversationResolved;
import dev.switchboard.events.EventFixtures;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.NoteCreated;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who may see which conversation event: supervisors everything, agents theirs and their teams' queue, never more. */
class AudienceTest {

    private static final String WORKSPACE = EventFixtures.WORKSPACE;

    private final Viewer alice = new Viewer(WORKSPACE, "alice", false, Set.of());
    private final Viewer bob = new Viewer(WORKSPACE, "bob", false, Set.of());
    private final Viewer billingBob = new Viewer(WORKSPACE, "bob", false, Set.of("billing"));
    private final Viewer sam = new Viewer(WORKSPACE, "sam", true, Set.of());
    private final Viewer elsewhereSam = new Viewer("acme", "sam", true, Set.of());

    @Test
    void aTransferReachesTheNewAndThePreviousAssigneeAndSupervisorsButNoBystander() {
        // Given
        ConversationAssigned fixture = EventFixtures.conversationAssigned();
        var transfer = new ConversationAssigned(fixture.eventId(), fixture.occurredAt(), WORKSPACE,
                fixture.conversationId(), "bob", "alice", fixture.inboxId(), fixture.channel());
        // When
        Audience audience = Audience.of(transfer, noTeams());
        // Then
        assertThat(audience.involved()).containsExactly("bob", "alice");
        assertThat(audience.queue()).isEqualTo(Audience.Queue.NONE);
        assertThat(seeing(audience, new Viewer(WORKSPACE, "carol", false, Set.of("billing")))).isFalse();
        assertThat(seeing(audience, alice)).isTrue();
        assertThat(seeing(audience, sam)).isTrue();
        assertThat(seeing(audience, elsewhereSam)).isFalse();
    }

    @Test
    void aHeldConversationsMessageReachesOnlyItsAssigneeAndSupervisors() {
        // Given
        MessageAppended held = EventFixtures.messageAppended();
        // When
        Audience audience = Audience.of(held, noTeams());
        // Then
        assertThat(seeing(audience, alice)).isTrue();
        assertThat(seeing(audience, bob)).isFalse();
        assertThat(seeing(audience, billingBob)).isFalse();
        assertThat(seeing(audience, sam)).isTrue();
        assertThat(Audience.of(EventFixtures.conversationResolved(), noTeams()).involved()).containsExactly("alice");
    }

    @Test
    void aWaitingConversationOfNoTeamIsTheWholeWorkspacesQueue() {
        // Given: opened, a message nobody holds, taken from the queue, resolved while waiting
        MessageAppended fixture = EventFixtures.messageAppended();
        var waiting = new MessageAppended(fixture.eventId(), fixture.occurredAt(), WORKSPACE,
                fixture.conversationId(), fixture.messageId(), fixture.inboxId(), fixture.channel(),
                fixture.direction(), fixture.author(), fixture.text(), fixture.attachments(), null);
        var resolvedWaiting = new ConversationResolved(fixture.eventId(), fixture.occurredAt(), WORKSPACE,
                fixture.conversationId(), null);
        for (ConversationEvent event : new ConversationEvent[] {EventFixtures.conversationOpened(), waiting,
                EventFixtures.conversationAssigned(), resolvedWaiting}) {
            // When
            Audience audience = Audience.of(event, noTeams());
            // Then
            assertThat(audience.queue()).as("%s", event).isEqualTo(Audience.Queue.EVERYONE);
            assertThat(seeing(audience, bob)).as("%s", event).isTrue();
            assertThat(seeing(audience, elsewhereSam)).as("%s", event).isFalse();
        }
    }

    @Test
    void aWaitingConversationOfATeamIsThatTeamsQueueOnly() {
        // Given
        Audience.Teams teams = teamsOf(Map.of(EventFixtures.CONVERSATION, "billing"));
        // When
        Audience audience = Audience.of(EventFixtures.conversationOpened(), teams);
        // Then
        assertThat(audience.team()).isEqualTo("billing");
        assertThat(seeing(audience, billingBob)).isTrue();
        assertThat(seeing(audience, bob)).isFalse();
        assertThat(seeing(audience, new Viewer(WORKSPACE, "carol", false, Set.of("sales")))).isFalse();
        assertThat(seeing(audience, sam)).isTrue();
    }

    @Test
    void aTeamThatCannotBeReadShowsTheQueueEventToSupervisorsOnly() {
        // Given
        Audience.Teams unavailable = (workspace, conversation) -> {
            throw new IllegalStateException("store down");
        };
        // When
        Audience audience = Audience.of(EventFixtures.conversationOpened(), unavailable);
        // Then
        assertThat(audience.queue()).isEqualTo(Audience.Queue.UNKNOWN);
        assertThat(seeing(audience, bob)).isFalse();
        assertThat(seeing(audience, billingBob)).isFalse();
        assertThat(seeing(audience, sam)).isTrue();
    }

    @Test
    void aHeldConversationsEventNeverAsksForItsTeam() {
        // Given
        Audience.Teams unavailable = (workspace, conversation) -> {
            throw new AssertionError("asked for the team of a held conversation");
        };
        // When / Then
        assertThat(Audience.of(EventFixtures.messageAppended(), unavailable).queue()).isEqualTo(Audience.Queue.NONE);
    }

    @Test
    void aNoteReachesWhomItMentionsAndAMergeOnlySupervisors() {
        // Given a note on alice's conversation mentioning bob, and a contact merge
        NoteCreated fixture = EventFixtures.noteCreated();
        var note = new NoteCreated(fixture.eventId(), fixture.occurredAt(), WORKSPACE, fixture.conversationId(),
                fixture.noteId(), "alice", fixture.text(), List.of("bob"), "alice");

        // When their audiences are decided
        Audience noteAudience = Audience.of(note, noTeams());
        Audience mergeAudience = Audience.of(EventFixtures.contactMerged(), noTeams());

        // Then bob sees the note he is mentioned in (the push a mention needs), alice hers; the merge only sam
        assertThat(seeing(noteAudience, bob)).isTrue();
        assertThat(seeing(noteAudience, alice)).isTrue();
        assertThat(seeing(noteAudience, new Viewer(WORKSPACE, "carol", false, Set.of()))).isFalse();
        assertThat(seeing(mergeAudience, alice)).isFalse();
        assertThat(seeing(mergeAudience, sam)).isTrue();
    }

    @Test
    void aConversationTakenBackGoesToWhomItWasTakenFromAndBackToTheQueue() {
        // Given a conversation taken back from its agent
        AgentUnassigned unassigned = EventFixtures.agentUnassigned();

        // When its audience is decided
        Audience audience = Audience.of(unassigned, noTeams());

        // Then the agent it was taken from is told (their UI drops it), and it is the queue's again
        assertThat(audience.involved()).containsExactly(unassigned.previousAgentId());
        assertThat(audience.queue()).isEqualTo(Audience.Queue.EVERYONE);
    }

    private static boolean seeing(Audience audience, Viewer viewer) {
        return viewer.mayReceive(audience);
    }

    private static Audience.Teams noTeams() {
        return teamsOf(Map.of());
    }

    private static Audience.Teams teamsOf(Map<String, String> teams) {
        return (workspace, conversation) -> teamOrNull(teams, workspace, conversation);
    }

    private static @Nullable String teamOrNull(Map<String, String> teams, String workspace, String conversation) {
        return WORKSPACE.equals(workspace) ? teams.get(conversation) : null;
    }
}
