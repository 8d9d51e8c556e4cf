package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.MessageAppended;
import dev.switchboard.events.NoteCreated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Private notes: mentions resolved against the directory, never sent to the customer, safe to retry. */
class NotesApiTest extends SwitchboardIntegrationTest {

    @Test
    void aNoteMentioningATeammateIsAnnouncedWithTheMentionAndNeverSentToTheCustomer() {
        // Given alice's conversation
        String id = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "My modem blinks red"));
        assign(id, "alice");
        String alice = api.tokenFor("alice", "alice-local-pw");

        // When alice notes it, mentioning bob and someone who is no agent
        AgentApi.Response note = api.post(notes(id), alice, Map.of("text", "@bob seen this before? cc @nobody."));

        // Then the note is stored with bob resolved, and announced once to subscribers with the mention
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.body().path("mentionedAgentIds").valueStream().map(JsonNode::asString))
                .containsExactly("bob");
        String noteId = note.text("noteId");
        KafkaProbe.Received<NoteCreated> created = kafka.await(NoteCreated.class,
                event -> event.noteId().equals(noteId));
        assertThat(created.ceType()).isEqualTo("dev.switchboard.note.created.v1");
        assertThat(created.key()).isEqualTo(id);
        assertThat(created.event().mentionedAgentIds()).containsExactly("bob");
        assertThat(created.event().agentId()).isEqualTo("alice");
        assertThat(created.event().assigneeId()).isEqualTo("alice");
        assertThat(created.event().text()).isEqualTo("@bob seen this before? cc @nobody.");
        // And it shows in the history as a note, while nothing of it goes towards the customer
        JsonNode last = history(id, alice).get(history(id, alice).size() - 1);
        assertThat(last.path("kind").asString()).isEqualTo("NOTE");
        assertThat(last.path("direction").isNull()).isTrue();
        assertThat(kafka.matching(AgentReplied.class, event -> event.messageId().equals(noteId))).isEmpty();
        assertThat(kafka.matching(MessageAppended.class, event -> event.messageId().equals(noteId))).isEmpty();
    }

    @Test
    void aTeammateMayNoteAnotherAgentsConversationButAnotherWorkspaceCannotSeeIt() {
        // Given alice's conversation, bob of her team and olga of another workspace
        String id = conversationHeldBy("alice");
        seedAgent("olga-acme", "acme", AgentRole.SUPERVISOR, "olga-test-pw");

        // When bob and olga write notes in it
        AgentApi.Response bobs = api.post(notes(id), api.tokenFor("bob", "bob-local-pw"),
                Map.of("text", "@alice I had this one last week"));
        AgentApi.Response olgas = api.post(notes(id), api.tokenFor("olga-acme", "olga-test-pw"),
                Map.of("text", "hello"));

        // Then bob's is stored, and for olga the conversation does not exist
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(olgas.status()).isEqualTo(404);
        assertThat(olgas.text("type")).isEqualTo("https://switchboard.dev/problems/conversation-not-found");
    }

    @Test
    void theSameNoteWithTheSameIdempotencyKeyIsStoredAndAnnouncedOnce() {
        // Given alice's conversation
        String id = conversationHeldBy("alice");
        String alice = api.tokenFor("alice", "alice-local-pw");

        // When she sends the same note twice with one key, then another text with that key
        AgentApi.Response first = api.post(notes(id), alice, Map.of("text", "@bob ping"), "Idempotency-Key", "n-1");
        AgentApi.Response retry = api.post(notes(id), alice, Map.of("text", "@bob ping"), "Idempotency-Key", "n-1");
        AgentApi.Response other = api.post(notes(id), alice, Map.of("text", "@bob pong"), "Idempotency-Key", "n-1");

        // Then the retry answers the first note, the other text is refused, and one note was announced
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("noteId")).isEqualTo(first.text("noteId"));
        assertThat(retry.text("createdAt")).isEqualTo(first.text("createdAt"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(history(id, alice)).filteredOn(entry -> entry.path("kind").asString().equals("NOTE")).hasSize(1);
        String barrier = api.post(notes(id), alice, Map.of("text", "done")).text("noteId");
        kafka.await(NoteCreated.class, event -> event.noteId().equals(barrier));
        assertThat(kafka.matching(NoteCreated.class, event -> event.noteId().equals(first.text("noteId"))))
                .hasSize(1);
    }

    @Test
    void theHistoryPagesBackInTimeNewestLastWithoutRepeats() {
        // Given a conversation with five entries: the customer's message, two replies, two notes
        String id = conversationHeldBy("alice");
        String alice = api.tokenFor("alice", "alice-local-pw");
        String messages = "/api/v1/conversations/" + id + "/messages";
        api.post(messages, alice, Map.of("text", "m2"));
        api.post(notes(id), alice, Map.of("text", "m3"));
        api.post(messages, alice, Map.of("text", "m4"));
        api.post(notes(id), alice, Map.of("text", "m5"));

        // When it is read two at a time
        AgentApi.Response latest = api.get(messages + "?limit=2", alice);
        AgentApi.Response before = api.get(messages + "?limit=2&cursor=" + latest.text("next"), alice);
        AgentApi.Response first = api.get(messages + "?limit=2&cursor=" + before.text("next"), alice);

        // Then the latest page comes first, each page oldest to newest, and the last page has no next
        assertThat(texts(latest)).containsExactly("m4", "m5");
        assertThat(texts(before)).containsExactly("m2", "m3");
        assertThat(texts(first)).containsExactly("Hi");
        assertThat(first.body().path("next").isNull()).isTrue();
        assertThat(api.get(messages + "?limit=0", alice).status()).isEqualTo(400);
        assertThat(api.get(messages + "?cursor=%7B%7D", alice).body().findValuesAsString("field"))
                .containsExactly("cursor");
    }

    private List<JsonNode> history(String id, String token) {
        return api.get("/api/v1/conversations/" + id + "/messages", token).body().path("items").valueStream()
                .toList();
    }

    private static List<String> texts(AgentApi.Response page) {
        return page.body().path("items").valueStream().map(entry -> entry.path("text").asString()).toList();
    }

    private static String notes(String id) {
        return "/api/v1/conversations/" + id + "/notes";
    }
}
