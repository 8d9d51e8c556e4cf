package dev.switchboard.notify.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.embedded.BadInputTable;
import dev.switchboard.embedded.BadInputTable.Answer;
import dev.switchboard.embedded.BadInputTable.Row;
import dev.switchboard.embedded.HostileTokens;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad inputs of issue 8 on notify-service's public surface, one row each over real HTTP: both WebSocket
 * handshakes and the agents' event stream with hostile tokens, and the admin APIs (webhook endpoints, dead letters)
 * with hostile tokens, other workspaces' ids, operators, malformed bodies and private addresses: the right RFC 9457
 * problem, no endpoint registered for the row's marker, and the service healthy afterwards.
 */
class BadInputTableTest extends WebhookIntegrationTest {

    private static final String WORKSPACE = "bad-input-" + UUID.randomUUID();
    private static final HostileTokens AGENT = new HostileTokens(TestTokens.AGENT_SECRET, "switchboard",
            Map.of("sub", "alice", "ws", WORKSPACE, "role", "AGENT"));
    private static final HostileTokens ADMIN = new HostileTokens(TestTokens.AGENT_SECRET, "switchboard",
            Map.of("sub", "ada", "ws", WORKSPACE, "role", "ADMIN"));
    private static final HostileTokens VISITOR = new HostileTokens(TestTokens.VISITOR_SECRET, "switchboard-webchat",
            Map.of("sub", "visitor-1", "ws", WORKSPACE, "inbox", "demo-webchat"));
    private static final BadInputTable TABLE = new BadInputTable("notify-service");
    private static final String ENDPOINTS = WebhookEndpointController.PATH;

    static Stream<Row<BadInputTableTest>> badInputs() {
        return Stream.of(socketRows(), adminTokenRows(), adminBodyRows()).flatMap(rows -> rows);
    }

    private static Stream<Row<BadInputTableTest>> socketRows() {
        Map<String, Function<HostileTokens, String>> hostile = Map.of("no token", tokens -> "",
                "expired JWT", HostileTokens::expired, "forged JWT", HostileTokens::forged,
                "wrong issuer", HostileTokens::wrongIssuer, "alg none", HostileTokens::unsigned);
        return hostile.entrySet().stream().flatMap(token -> Stream.of(
                new Row<>("/ws/agent: " + token.getKey(), t -> BadInputTable.handshake(
                        t.socket("/ws/agent?access_token=" + token.getValue().apply(AGENT))), 401, "invalid-token", ""),
                new Row<>("/ws/webchat: " + token.getKey(), t -> BadInputTable.handshake(t.socket(
                        "/ws/webchat/demo-webchat?token=" + token.getValue().apply(VISITOR))), 401, "invalid-token",
                        ""),
                new Row<>("/sse/agent: " + token.getKey(), t -> t.send("GET", "/sse/agent", token.getValue()
                        .apply(AGENT), ""), 401, "invalid-token", "")));
    }

    private static Stream<Row<BadInputTableTest>> adminTokenRows() {
        return Stream.of("/api/v1/admin/dead-letters", ENDPOINTS).flatMap(path -> Stream.of(
                new Row<>(path + ": expired JWT", t -> t.send("GET", path, ADMIN.expired(), ""), 401, "invalid-token",
                        ""),
                new Row<>(path + ": forged JWT", t -> t.send("GET", path, ADMIN.forged(), ""), 401, "invalid-token",
                        ""),
                new Row<>(path + ": wrong issuer", t -> t.send("GET", path, ADMIN.wrongIssuer(), ""), 401,
                        "invalid-token", ""),
                new Row<>(path + ": alg none", t -> t.send("GET", path, ADMIN.unsigned(), ""), 401, "invalid-token",
                        ""),
                new Row<>(path + ": an agent", t -> t.send("GET", path, AGENT.genuine(), ""), 403, "forbidden", "")));
    }

    private static Stream<Row<BadInputTableTest>> adminBodyRows() {
        return Stream.of(
                new Row<>("dead letters: replay another workspace's message", t -> t.send("POST",
                        "/api/v1/admin/dead-letters/" + UUID.randomUUID() + "/replay", ADMIN.genuine(), ""), 404,
                        "dead-letter-not-found", ""),
                new Row<>("endpoints: $gt operator as the URL", t -> t.send("POST", ENDPOINTS, ADMIN.genuine(),
                        "{\"url\":{\"$gt\":\"\"},\"description\":\"marker-gt\"}"), 400, "malformed-request", ""),
                new Row<>("endpoints: $gt operator as an id", t -> t.send("GET",
                        ENDPOINTS + "/%7B%22%24gt%22%3A%22%22%7D", ADMIN.genuine(), ""), 404,
                        "webhook-endpoint-not-found", ""),
                new Row<>("endpoints: malformed JSON", t -> t.send("POST", ENDPOINTS, ADMIN.genuine(),
                        "{\"url\":\"http://127.0.0.1:9/marker-malformed"), 400, "malformed-request", ""),
                new Row<>("endpoints: wrong content type", t -> t.sendAs("text/plain", ENDPOINTS,
                        "url=http://127.0.0.1:9/marker-text"), 415, "unsupported-media-type", ""),
                new Row<>("endpoints: private address", t -> t.send("POST", ENDPOINTS, ADMIN.genuine(),
                        "{\"url\":\"http://10.0.0.1/marker-private\"}"), 422, "webhook-url-refused", "private"),
                new Row<>("endpoints: cloud metadata address", t -> t.send("POST", ENDPOINTS, ADMIN.genuine(),
                        "{\"url\":\"http://169.254.169.254/marker-metadata\"}"), 422, "webhook-url-refused",
                        "link-local"),
                new Row<>("endpoints: body over the limit", t -> t.send("POST", ENDPOINTS, ADMIN.genuine(),
                        "{\"url\":\"http://127.0.0.1:9/marker-big\",\"description\":\"" + "x".repeat(300_000)
                                + "\"}"), 400, "invalid-request", "description"),
                new Row<>("endpoints: huge header", t -> t.sendAs("application/json", ENDPOINTS, "{}", "X-Padding",
                        "p".repeat(20_000)), 400, "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithAProblemAndRegistersNothing(Row<BadInputTableTest> row) {
        // Given the service
        // When the bad request is sent
        Answer answer = row.call().apply(this);

        // Then it is refused with the row's problem, nothing of the table is registered, the service is healthy
        assertThat(TABLE.refusal(answer, row.status(), row.slug(), row.field())).as(row.name()).isEmpty();
        assertThat(send("GET", ENDPOINTS, ADMIN.genuine(), "").body()).doesNotContain("marker-");
        assertThat(BadInputTable.healthy(URI.create("http://localhost:" + port + "/actuator/health"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genuineHandshakes")
    void genuineTokensOpenTheSockets(String path) {
        // Given / When a genuine token opens each socket (the control rows of the table)
        Answer answer = BadInputTable.handshake(socket(path));

        // Then the upgrade happens
        assertThat(answer.status()).as(answer.body()).isEqualTo(101);
    }

    static Stream<String> genuineHandshakes() {
        return Stream.of("/ws/agent?access_token=" + AGENT.genuine(),
                "/ws/webchat/demo-webchat?token=" + VISITOR.genuine());
    }

    @AfterAll
    static void figures() {
        TABLE.writeFigures();
    }

    URI socket(String pathAndQuery) {
        return URI.create("ws://localhost:" + port + pathAndQuery);
    }

    Answer send(String method, String path, @Nullable String token, String body) {
        List<String> headers = new java.util.ArrayList<>(List.of("Content-Type", "application/json", "Accept",
                "application/json, application/problem+json"));
        if (token != null && !token.isEmpty()) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        }
        return BadInputTable.send(method, URI.create("http://localhost:" + port + path), body.getBytes(UTF_8),
                headers.toArray(String[]::new));
    }

    Answer sendAs(String contentType, String path, String body, String... more) {
        String[] headers = Stream.concat(Stream.of("Content-Type", contentType, "Authorization",
                "Bearer " + ADMIN.genuine()), Stream.of(more)).toArray(String[]::new);
        return BadInputTable.send("POST", URI.create("http://localhost:" + port + path), body.getBytes(UTF_8),
                headers);
    }
}
