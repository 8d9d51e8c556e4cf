package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.MessageAppended;
import java.util.Map;
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
        AgentApi.Response alices = api.get("/api/v1/conversations", api.tokenFor("alice", "alice-local-pw"));
        AgentApi.Response bobs = api.get("/api/v1/conversations", bob);
        AgentApi.Response bobPeeking = api.get("/api/v1/conversations?assignee=alice", bob);
        AgentApi.Response sams = api.get("/api/v1/conversations?assignee=alice", api.tokenFor("sam", "sam-local-pw"));

        // Then only alice and the supervisor see it, and bob may not list alice's
        assertThat(alices.body().findValuesAsString("id")).contains(conversationId);
        assertThat(bobs.status()).isEqualTo(200);
        assertThat(bobs.body().findValuesAsString("id")).doesNotContain(conversationId);
        assertThat(bobPeeking.status()).isEqualTo(403);
        assertThat(sams.body().findValuesAsString("id")).contains(conversationId);
        assertThat(sams.body().findValuesAsString("assigneeId")).containsOnly("alice");
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
        AgentApi.Response list = api.get("/api/v1/conversations", olga);

        // Then it does not exist for her
        for (AgentApi.Response response : new AgentApi.Response[] {read, history, reply}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text("type")).isEqualTo("https://switchboard.dev/problems/conversation-not-found");
        }
        assertThat(list.body().findValuesAsString("id")).doesNotContain(conversationId);
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

        // Then both name the same message, stored once, announced under one id
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        String messageId = first.text("messageId");
        assertThat(retry.text("messageId")).isEqualTo(messageId);
        assertThat(api.get(path, alice).body().findValuesAsString("messageId")).containsOnlyOnce(messageId)
                .hasSize(2);
        assertThat(kafka.awaitCount(MessageAppended.class, event -> event.messageId().equals(messageId), 2))
                .extracting(KafkaProbe.Received::ceId).containsOnly(
                        kafka.await(MessageAppended.class, event -> event.messageId().equals(messageId)).ceId());
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
