package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.events.TransferRequested;
import dev.switchboard.notify.push.ConversationTeams;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who hears what, over real sockets: an agent their own conversations and their teams' queue, a supervisor the whole
 * floor, nobody another workspace. Events of one conversation share a partition and arrive in order, so "the first
 * frame is the later event" proves the earlier one never came.
 */
class AgentVisibilityIntegrationTest extends AgentPushTestBase {

    private final String elsewhere = "ws-" + UUID.randomUUID();

    @Autowired
    ConversationTeams teams;

    @Test
    void agentsGetTheirOwnAndTheQueueSupervisorsTheFloorAndNobodyAnotherWorkspace() throws Exception {
        // Given: alice and bob (agents), sam (supervisor), and a bob of another workspace
        try (TestSocket alice = connect(agentSocket(workspace, "alice"));
                TestSocket bob = connect(agentSocket(workspace, "bob"));
                TestSocket sam = connect(supervisorSocket(workspace, "sam"));
                TestSocket bobElsewhere = connect(agentSocket(elsewhere, "bob"))) {
            SwitchboardEvent otherWorkspaces = transferred(elsewhere, "bob", "carol");
            MessageAppended alices = appended(workspace, "alice", "for alice");
            MessageAppended waiting = appended(workspace, null, "nobody has this one yet");
            MessageAppended otherWorkspacesNext = appended(elsewhere, "bob", "still elsewhere");
            // When
            publish(otherWorkspaces, alices, waiting, otherWorkspacesNext);
            // Then: alice her conversation's message, then the queue's
            assertThat(messageIds(alice, 2)).containsExactly(alices.messageId(), waiting.messageId());
            // and bob only the queue's: not alice's message, not the other workspace's events
            assertThat(messageIds(bob, 1)).containsExactly(waiting.messageId());
            // and sam the whole floor of his workspace, nothing of the other
            assertThat(messageIds(sam, 2)).containsExactly(alices.messageId(), waiting.messageId());
            // and the other workspace's bob only his own
            assertThat(bobElsewhere.nextFrame().get("id").asString()).isEqualTo(otherWorkspaces.eventId().toString());
            assertThat(messageIds(bobElsewhere, 1)).containsExactly(otherWorkspacesNext.messageId());
        }
    }

    @Test
    void aWaitingConversationOfATeamReachesThatTeamsQueueOnly() throws Exception {
        // Given: routing was asked to move the conversation to billing, and notify has taken note
        publish(new TransferRequested(UUID.randomUUID(), Instant.now(), workspace, conversation, "dave", null,
                "billing"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "billing".equals(teams.teamOf(workspace, conversation)));
        try (TestSocket billingBob = connect(agentSocket(workspace, "bob", List.of("billing")));
                TestSocket salesCarol = connect(agentSocket(workspace, "carol", List.of("sales")));
                TestSocket sam = connect(supervisorSocket(workspace, "sam"))) {
            MessageAppended waiting = appended(workspace, null, "for billing");
            MessageAppended carols = appended(workspace, "carol", "carol took it after all");
            // When
            publish(waiting, carols);
            // Then
            assertThat(messageIds(billingBob, 1)).containsExactly(waiting.messageId());
            assertThat(messageIds(salesCarol, 1)).containsExactly(carols.messageId());
            assertThat(messageIds(sam, 2)).containsExactly(waiting.messageId(), carols.messageId());
        }
    }

    @Test
    void aReconnectingViewerIsSentBackOnlyWhatTheyMaySee() throws Exception {
        // Given: bob and sam saw nothing yet, and dropped
        String bobWas = positionOf(agentSocket(workspace, "bob"));
        String samWas = positionOf(supervisorSocket(workspace, "sam"));
        MessageAppended alices = appended(workspace, "alice", "for alice");
        MessageAppended waiting = appended(workspace, null, "nobody has this one yet");
        publish(alices, waiting);
        // When: both come back with their positions
        try (TestSocket bob = TestSocket.open(resuming(TestTokens.agent(workspace, "bob"), bobWas));
                TestSocket sam = TestSocket.open(resuming(TestTokens.supervisor(workspace, "sam"), samWas))) {
            // Then
            assertThat(messageIds(bob, 1)).containsExactly(waiting.messageId());
            assertThat(bob.nextFrame().at("/data/replayed").asInt()).isEqualTo(1);
            assertThat(messageIds(sam, 2)).containsExactly(alices.messageId(), waiting.messageId());
            assertThat(sam.nextFrame().at("/data/replayed").asInt()).isEqualTo(2);
        }
    }

    private String positionOf(URI socket) throws Exception {
        try (TestSocket client = TestSocket.open(socket)) {
            return client.nextFrame().get("position").asString();
        }
    }

    private URI resuming(String token, String position) {
        return socket("/ws/agent?access_token=" + token + "&resume=" + position);
    }

    private URI agentSocket(String workspaceId, String agentId, List<String> teams) {
        return socket("/ws/agent?access_token=" + TestTokens.agent(workspaceId, agentId, teams));
    }

    private URI supervisorSocket(String workspaceId, String agentId) {
        return socket("/ws/agent?access_token=" + TestTokens.supervisor(workspaceId, agentId));
    }

    private static List<String> messageIds(TestSocket socket, int count) throws InterruptedException {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            JsonNode frame = socket.nextFrame();
            ids[i] = frame.at("/data/messageId").asString();
        }
        return List.of(ids);
    }
}
