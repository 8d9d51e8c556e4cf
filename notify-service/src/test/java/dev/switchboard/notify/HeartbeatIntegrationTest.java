package dev.switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.notify.push.AgentStreams;
import dev.switchboard.notify.security.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Dead connections are found: a socket that stops answering pings is closed; SSE streams get comment heartbeats. */
@TestPropertySource(properties = {"switchboard.notify.push.heartbeat.interval=300ms",
        "switchboard.notify.push.heartbeat.timeout=300ms"})
class HeartbeatIntegrationTest extends NotifyIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String workspace = "ws-" + UUID.randomUUID();

    @Autowired
    AgentStreams streams;

    @Test
    void closesASocketThatStopsAnsweringPingsAndKeepsOneThatAnswers() throws Exception {
        // Given: bob's client answers pings (the JDK client pongs while it reads); alice's stops reading, so never pongs
        try (TestSocket bob = TestSocket.open(agentSocket("bob"))) {
            WebSocket alice = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(agentSocket("alice"), new WebSocket.Listener() {
                        @Override
                        public void onOpen(WebSocket webSocket) {
                            // requests nothing: frames, pings included, stay unread
                        }
                    }).get(60, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> streams.connectionsOf(workspace, "alice") == 1);
            // When: heartbeats go by
            // Then: alice's socket is closed and forgotten, and her presence says so; bob's is still open after many
            // more heartbeats
            await().atMost(WAIT).until(() -> streams.connectionsOf(workspace, "alice") == 0);
            assertThat(KafkaTestClient.reportsUntil(workspace, "alice", reports -> !reports.isEmpty()
                    && reports.get(reports.size() - 1).open() == 0)).last()
                    .satisfies(report -> assertThat(report.open()).isZero());
            Thread.sleep(1500);
            assertThat(streams.connectionsOf(workspace, "bob")).isEqualTo(1);
            alice.abort();
        }
    }

    @Test
    void sendsCommentHeartbeatsOnAnSseStream() throws Exception {
        // Given
        var request = HttpRequest.newBuilder(http("/sse/agent")).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + TestTokens.agent(workspace, "carol")).GET().build();
        try (SseTestClient carol = SseTestClient.open(request)) {
            // When / Then
            await().atMost(WAIT).until(() -> carol.comments() >= 2);
            assertThat(streams.connectionsOf(workspace, "carol")).isEqualTo(1);
        }
        // Then: a stream the client closed is forgotten at the latest when the next heartbeat fails
        await().atMost(WAIT).until(() -> streams.connectionsOf(workspace, "carol") == 0);
    }

    private URI agentSocket(String agentId) {
        return socket("/ws/agent?access_token=" + TestTokens.agent(workspace, agentId));
    }
}
