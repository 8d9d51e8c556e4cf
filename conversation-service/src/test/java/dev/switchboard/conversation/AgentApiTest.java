package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.MessageAppended;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The agents' REST API at its edges: sign-in, authentication, workspace isolation, who may reply, idempotency. */
class AgentApiTest extends SwitchboardIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void signInReturnsATokenDescribingTheAgent() {
        // Given the seeded supervisor / When sam signs in
        AgentApi.Response response = api.signIn("sam", "sam-local-pw");

        // Then a bearer token with sam's identity comes back
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("tokenType")).isEqualTo("Bearer");
        assertThat(response.body().path("expiresIn").asLong()).isEqualTo(43_200L);
        assertThat(response.text("accessToken")).isNotBlank();
        assertThat(response.body().path("agent").path("id").asString()).isEqualTo("sam");
        assertThat(response.body().path("agent").path("workspaceId").asString()).isEqualTo("demo");
        assertThat(response.body().path("agent").path("role").asString()).isEqualTo("SUPERVISOR");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameUnauthorizedProblem() {
        // Given / When
        AgentApi.Response wrongPassword = api.signIn("alice", "not-her-password");
        AgentApi.Response unknownUser = api.signIn("mallory", "alice-local-pw");

        // Then both answer 401 with the same problem
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith(PROBLEM_JSON);
        assertThat(wrongPassword.text("type")).isEqualTo("https://switchboard.dev/problems/invalid-credentials");
        assertThat(unknownUser.status()).isEqualTo(401);
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            assertThat(unknownUser.body().path(field)).isEqualTo(wrongPassword.body().path(field));
        }
    }

    @Test
    void theApiRejectsRequestsWithoutAValidToken() {
        // Given / When no token, then a forged one
        AgentApi.Response anonymous = api.get("/api/v1/conversations", null);
        AgentApi.Response forged = api.get("/api/v1/conversations", "eyJhbGciOiJIUzI1NiJ9.e30.forged");

        // Then both are 401 problems with a bearer challenge
        for (AgentApi.Response response : new AgentApi.Response[] {anonymous, forged}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
            assertThat(response.text("type")).isEqualTo("https://switchboard.dev/problems/unauthenticated");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
        }
    }

    @Test
    void anUnknownPresenceIsABadRequestNamingTheField() {
        // Given bob signed in / When he announces a presence that does not exist
        AgentApi.Response response = api.put("/api/v1/agents/me/status", api.tokenFor("bob", "bob-local-pw"),
                Map.of("status", "BUSY"));

        // Then a 400 problem names the field
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("type")).isEqualTo("https://switchboard.dev/problems/invalid-request");
        assertThat(response.text("detail")).startsWith("status:");
        assertThat(response.body().findValuesAsString("field")).containsExactly("status");
    }

    @Test
    void onlyTheAssigneeOrASupervisorMayReply() {
        // Given a conversation assigned to alice
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, "alice");
        String path = "/api/v1/conversations/" + conversationId + "/messages";

        // When bob (an agent) and sam (a supervisor) reply
        AgentApi.Response bobs = api.post(path, api.tokenFor("bob", "bob-local-pw"), Map.of("text", "Me?"));
        AgentApi.Response sams = api.post(path, api.tokenFor("sam", "sam-local-pw"), Map.of("text", "On it"));

        // Then bob is forbidden and sam's reply goes out
        assertThat(bobs.status()).isEqualTo(403);
        assertThat(bobs.contentType()).startsWith(PROBLEM_JSON);
        assertThat(bobs.text("type")).isEqualTo("https://switchboard.dev/problems/not-conversation-handler");
        assertThat(sams.status()).isEqualTo(201);
        assertThat(kafka.await(AgentReplied.class, event -> event.messageId().equals(sams.text("messageId")))
                .event().agentId()).isEqualTo("sam");
    }

    @Test
    void agentsListOnlyTheirOwnConversationsAndSupervisorsAnyones() {
        // Given a conversation assigned to alice
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, "alice");
        String bob = api.tokenFor("bob", "bob-local-pw");

        // When alice, bob and sam list conversations
        List<String> alices = api.allIds("/api/v1/conversations", api.tokenFor("alice", "alice-local-pw"));
        List<String> bobs = api.allIds("/api/v1/conversations", bob);
        AgentApi.Response bobPeeking = api.get("/api/v1/conversations?assignee=alice", bob);
        List<JsonNode> sams = api.all("/api/v1/conversations?assignee=alice", api.tokenFor("sam", "sam-local-pw"));

        // Then only alice and the supervisor see it, and bob may not list alice's
        assertThat(alices).contains(conversationId);
        assertThat(bobs).doesNotContain(conversationId);
        assertThat(bobPeeking.status()).isEqualTo(403);
        assertThat(sams).extracting(item -> item.path("id").asString()).contains(conversationId);
        assertThat(sams).extracting(item -> item.path("assigneeId").asString()).containsOnly("alice");
    }

    @Test
    void anotherWorkspacesConversationIsNotFound() {
        // Given a conversation of workspace demo and a supervisor of workspace acme
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        seedAgent("olga-acme", "acme", AgentRole.SUPERVISOR, "olga-test-pw");
        String olga = api.tokenFor("olga-acme", "olga-test-pw");
        String path = "/api/v1/conversations/" + conversationId;

        // When olga reads it, its messages, and replies to it
        AgentApi.Response read = api.get(path, olga);
        AgentApi.Response history = api.get(path + "/messages", olga);
        AgentApi.Response reply = api.post(path + "/messages", olga, Map.of("text", "Hello from acme"));
        List<String> list = api.allIds("/api/v1/conversations", olga);

        // Then it does not exist for her
        for (AgentApi.Response response : new AgentApi.Response[] {read, history, reply}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text("type")).isEqualTo("https://switchboard.dev/problems/conversation-not-found");
        }
        assertThat(list).doesNotContain(conversationId);
    }

    @Test
    void aRetriedReplyWithTheSameIdempotencyKeyIsStoredOnce() {
        // Given alice's conversation
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, "alice");
        String alice = api.tokenFor("alice", "alice-local-pw");
        String path = "/api/v1/conversations/" + conversationId + "/messages";

        // When she sends the same reply twice with one Idempotency-Key
        AgentApi.Response first = api.post(path, alice, Map.of("text", "Rebooting"), "Idempotency-Key", "k-1");
        AgentApi.Response retry = api.post(path, alice, Map.of("text", "Rebooting"), "Idempotency-Key", "k-1");

        // Then both name the same message, stored once and announced once
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        String messageId = first.text("messageId");
        assertThat(retry.text("messageId")).isEqualTo(messageId);
        assertThat(retry.text("createdAt")).isEqualTo(first.text("createdAt"));
        assertThat(api.get(path, alice).body().findValuesAsString("messageId")).containsOnlyOnce(messageId)
                .hasSize(2);
        String later = api.post(path, alice, Map.of("text", "Done?"), "Idempotency-Key", "k-2").text("messageId");
        kafka.await(MessageAppended.class, event -> event.messageId().equals(later));
        assertThat(kafka.matching(MessageAppended.class, event -> event.messageId().equals(messageId))).hasSize(1);
        assertThat(kafka.matching(AgentReplied.class, event -> event.messageId().equals(messageId))).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherReplyIsUnprocessable() {
        // Given alice's reply sent with a key
        String conversationId = conversationHeldBy("alice");
        String alice = api.tokenFor("alice", "alice-local-pw");
        String path = "/api/v1/conversations/" + conversationId + "/messages";
        assertThat(api.post(path, alice, Map.of("text", "Rebooting"), "Idempotency-Key", "k-9").status())
                .isEqualTo(201);

        // When the same key comes with another text
        AgentApi.Response other = api.post(path, alice, Map.of("text", "Something else"), "Idempotency-Key", "k-9");

        // Then it is refused, and only the first reply is stored
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text("type")).isEqualTo("https://switchboard.dev/problems/idempotency-key-reused");
        assertThat(api.get(path, alice).body().findValuesAsString("text")).containsExactly("Hi", "Rebooting");
    }

    @Test
    void aResolvedConversationTakesNoMoreReplies() {
        // Given alice's conversation, resolved
        String conversationId = deliver(InboundFixtures.webchatMessage(InboundFixtures.uniqueHandle(), "Hi"));
        assign(conversationId, "alice");
        String alice = api.tokenFor("alice", "alice-local-pw");
        assertThat(api.post("/api/v1/conversations/" + conversationId + "/resolve", alice, null).status())
                .isEqualTo(200);

        // When she replies anyway
        AgentApi.Response reply = api.post("/api/v1/conversations/" + conversationId + "/messages", alice,
                Map.of("text", "One more thing"));

        // Then it is a conflict
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("type")).isEqualTo("https://switchboard.dev/problems/conversation-resolved");
    }
}
