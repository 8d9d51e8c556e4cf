package dev.switchboard.conversation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.embedded.BadInputTable.Answer;
import dev.switchboard.embedded.BadInputTable.Row;
import dev.switchboard.embedded.HostileTokens;
import dev.switchboard.events.AgentReplied;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bad input of issue 8 the agents' and admins' REST API can receive, one row each, over real HTTP: the right
 * RFC 9457 problem, no reply published or stored for the row's marker, and the service healthy afterwards; and the
 * legitimate-but-odd texts (script tags, RTL overrides, 4-byte emoji) stored and published verbatim.
 */
class BadInputTableTest extends SwitchboardIntegrationTest {

    private static final String SECRET = "local-only-agent-token-secret-change-me-0123456789";
    private static final HostileTokens ALICE = new HostileTokens(SECRET, "switchboard",
            Map.of("sub", "alice", "ws", "demo", "role", "AGENT"));
    private static final HostileTokens ADA = new HostileTokens(SECRET, "switchboard",
            Map.of("sub", "ada", "ws", "demo", "role", "ADMIN"));
    private static final HostileTokens OLGA = new HostileTokens(SECRET, "switchboard",
            Map.of("sub", "olga-bola", "ws", "bola", "role", "ADMIN"));
    private static final BadInputTable TABLE = new BadInputTable("conversation-service");
    private static final String JSON = "application/json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A conversation of workspace demo held by alice, made once for the whole table. */
    private static String alicesConversation;

    @BeforeEach
    void aConversationHeldByAlice() {
        if (alicesConversation == null) {
            alicesConversation = conversationHeldBy("alice");
        }
    }

    static Stream<Row<BadInputTableTest>> badInputs() {
        return Stream.of(tokenRows(), bolaRows(), bodyRows(), filterRows()).flatMap(s -> s);
    }

    private static Stream<Row<BadInputTableTest>> tokenRows() {
        Map<String, String> endpoints = Map.of("agents' API", "GET /api/v1/conversations",
                "admin settings", "GET /api/v1/workspace/settings",
                "admin routing policy", "GET /api/v1/workspace/routing-policy");
        return endpoints.entrySet().stream().flatMap(endpoint -> {
            String[] call = endpoint.getValue().split(" ");
            HostileTokens tokens = endpoint.getKey().startsWith("admin") ? ADA : ALICE;
            return Stream.of(
                    row(endpoint.getKey() + ": no token", t -> t.send(call[0], call[1], null, "", JSON)),
                    row(endpoint.getKey() + ": expired JWT", t -> t.send(call[0], call[1], tokens.expired(), "", JSON)),
                    row(endpoint.getKey() + ": forged JWT", t -> t.send(call[0], call[1], tokens.forged(), "", JSON)),
                    row(endpoint.getKey() + ": wrong issuer",
                            t -> t.send(call[0], call[1], tokens.wrongIssuer(), "", JSON)),
                    row(endpoint.getKey() + ": alg none", t -> t.send(call[0], call[1], tokens.unsigned(), "", JSON)))
                    .map(row -> new Row<>(row.name(), row.call(), 401, "unauthenticated", ""));
        });
    }

    private static Stream<Row<BadInputTableTest>> bolaRows() {
        return Stream.of(
                new Row<>("BOLA: another workspace's conversation", t -> t.send("GET", t.conversation(""),
                        OLGA.genuine(), "", JSON), 404, "conversation-not-found", ""),
                new Row<>("BOLA: reply into another workspace's conversation", t -> t.send("POST",
                        t.conversation("/messages"), OLGA.genuine(), t.reply("bola"), JSON),
                        404, "conversation-not-found", ""),
                new Row<>("BOLA: another workspace's agent profile", t -> t.send("PUT", "/api/v1/agents/alice/profile",
                        OLGA.genuine(), "{\"capacity\":1}", JSON), 404, "agent-not-found", ""),
                new Row<>("another agent's conversation: bob replies", t -> t.send("POST", t.conversation("/messages"),
                        new HostileTokens(SECRET, "switchboard", Map.of("sub", "bob", "ws", "demo", "role", "AGENT"))
                                .genuine(), t.reply("bob"), JSON), 403, "not-conversation-handler", ""),
                new Row<>("agent on the admin API", t -> t.send("GET", "/api/v1/workspace/settings", ALICE.genuine(),
                        "", JSON), 403, "admin-only", ""));
    }

    private static Stream<Row<BadInputTableTest>> bodyRows() {
        return Stream.of(
                new Row<>("$gt operator where the text is expected", t -> t.send("POST", t.conversation("/messages"),
                        ALICE.genuine(), "{\"text\":{\"$gt\":\"\"}}", JSON), 400, "malformed-request", "text"),
                new Row<>("malformed JSON", t -> t.send("POST", t.conversation("/messages"), ALICE.genuine(),
                        "{\"text\":\"marker-malformed", JSON), 400, "malformed-request", ""),
                new Row<>("wrong content type", t -> t.send("POST", t.conversation("/messages"), ALICE.genuine(),
                        "text=marker-form", "application/x-www-form-urlencoded"), 415, "unsupported-media-type", ""),
                new Row<>("text over the limit", t -> t.send("POST", t.conversation("/messages"), ALICE.genuine(),
                        "{\"text\":\"marker-long" + "x".repeat(600_000) + "\"}", JSON), 400, "invalid-request", "text"),
                new Row<>("invalid UTF-8 in the text", t -> t.sendBytes("POST", t.conversation("/messages"),
                        ALICE.genuine(), BadInputTable.withBytes("{\"text\":\"marker-utf8 \uFFFD\"}", (byte) 0xC3,
                                (byte) 0x28)), 400, "malformed-request", ""),
                new Row<>("NUL in the text", t -> t.send("POST", t.conversation("/messages"), ALICE.genuine(),
                        "{\"text\":\"marker-nul \\u0000 after\"}", JSON), 400, "invalid-request", "text"),
                new Row<>("$gt operator as a settings value", t -> t.send("PUT", "/api/v1/workspace/settings",
                        ADA.genuine(), "{\"timeZone\":{\"$gt\":\"\"}}", JSON), 400, "malformed-request", "timeZone"),
                new Row<>("$gt operator as a profile's team", t -> t.send("PUT", "/api/v1/agents/alice/profile",
                        ADA.genuine(), "{\"capacity\":2,\"teams\":[{\"$gt\":\"\"}]}", JSON), 400,
                        "malformed-request", "teams"));
    }

    private static Stream<Row<BadInputTableTest>> filterRows() {
        return Stream.of(
                new Row<>("$where as the assignee filter", t -> t.send("GET",
                        "/api/v1/conversations?assignee=%24where", ALICE.genuine(), "", JSON), 400, "invalid-request",
                        "assignee"),
                new Row<>("$regex bomb as the label filter", t -> t.send("GET",
                        "/api/v1/conversations?label=%28a%2B%29%2B%24", ALICE.genuine(), "", JSON), 400,
                        "invalid-request", "label"),
                new Row<>("operator JSON as a conversation id", t -> t.send("GET",
                        "/api/v1/conversations/%7B%22%24gt%22%3A%22%22%7D", ALICE.genuine(), "", JSON), 400,
                        "invalid-request", "id"),
                new Row<>("huge query string", t -> t.send("GET", "/api/v1/conversations?assignee=" + "a".repeat(6000),
                        ALICE.genuine(), "", JSON), 400, "invalid-request", "assignee"),
                new Row<>("huge header", t -> t.send("GET", "/api/v1/conversations", ALICE.genuine(), "", JSON,
                        "X-Padding", "p".repeat(20_000)), 400, "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithAProblemAndLeavesNoTrace(Row<BadInputTableTest> row) {
        // Given the service and a conversation held by alice
        // When the bad request is sent
        Answer answer = row.call().apply(this);

        // Then it is refused with the row's problem, and no reply of the table was published (before a genuine
        // reply sent after it, on the same conversation's partition) or stored
        assertThat(TABLE.refusal(answer, row.status(), row.slug(), row.field())).as(row.name()).isEmpty();
        String sentinel = "sentinel-" + UUID.randomUUID();
        assertThat(send("POST", conversation("/messages"), ALICE.genuine(), "{\"text\":\"" + sentinel + "\"}", JSON)
                .status()).isEqualTo(201);
        kafka.await(AgentReplied.class, reply -> reply.text().equals(sentinel));
        assertThat(kafka.matching(AgentReplied.class, reply -> reply.text().contains("marker-"))).isEmpty();
        assertThat(api.get("/api/v1/conversations/" + alicesConversation + "/messages",
                ALICE.genuine()).body().toString()).doesNotContain("marker-");
        assertThat(BadInputTable.healthy(URI.create("http://localhost:" + port + "/actuator/health"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.switchboard.embedded.BadInputTable#oddButLegitimateTexts")
    void oddButLegitimateTextIsStoredAndPublishedVerbatim(String text) {
        // Given alice's conversation
        // When she replies with text that looks hostile but is a customer-care message
        Answer answer = send("POST", conversation("/messages"), ALICE.genuine(),
                MAPPER.writeValueAsString(Map.of("text", text)), JSON);
        TABLE.accepted();

        // Then it is accepted, published and stored exactly as written, and served back as JSON, never as markup
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(kafka.await(AgentReplied.class, reply -> reply.text().equals(text)).event().agentId())
                .isEqualTo("alice");
        AgentApi.Response history = api.get("/api/v1/conversations/" + alicesConversation + "/messages",
                ALICE.genuine());
        assertThat(history.contentType()).startsWith(JSON);
        assertThat(history.body().findValuesAsString("text")).contains(text);
    }

    @AfterAll
    static void figures() {
        TABLE.writeFigures();
    }

    String conversation(String rest) {
        return "/api/v1/conversations/" + alicesConversation + rest;
    }

    String reply(String marker) {
        return "{\"text\":\"marker-" + marker + "\"}";
    }

    Answer send(String method, String path, @Nullable String token, String body, String contentType, String... more) {
        return sendBytes(method, path, token, body.getBytes(UTF_8), Stream.concat(Stream.of("Content-Type",
                contentType), Stream.of(more)).toArray(String[]::new));
    }

    Answer sendBytes(String method, String path, @Nullable String token, byte[] body, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of(headers));
        if (!all.contains("Content-Type")) {
            all.addAll(List.of("Content-Type", JSON));
        }
        if (token != null) {
            all.addAll(List.of("Authorization", "Bearer " + token));
        }
        all.addAll(List.of("Accept", "application/json, application/problem+json"));
        return BadInputTable.send(method, URI.create("http://localhost:" + port + path), body,
                all.toArray(String[]::new));
    }

    private static Row<BadInputTableTest> row(String name, Function<BadInputTableTest, Answer> call) {
        return new Row<>(name, call, 0, "", "");
    }
}
