package dev.switchboard.routing;

import dev.switchboard.embedded.FreePorts;
import dev.switchboard.embedded.SharedInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One routing-service instance in its own JVM, started from this test's classpath, so that it can be killed like a
 * crashed process (SIGKILL: no shutdown hook, no commit, no transaction completed) rather than closed politely.
 */
final class RoutingInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private RoutingInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance of {@code applicationId} reading {@code inputs} and writing {@code decisions}. */
    static RoutingInstance start(String name, String applicationId, String inputs, String decisions) {
        try {
            int port = FreePorts.pick();
            Path log = Files.createDirectories(Path.of("target", "failover")).resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    RoutingApplication.class.getName()));
            command.addAll(List.of("--server.port=" + port,
                    "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                    "--spring.kafka.streams.application-id=" + applicationId,
                    "--spring.kafka.streams.replication-factor=1",
                    "--spring.kafka.streams.state-dir=" + Files.createTempDirectory("routing-" + name),
                    "--spring.kafka.streams.properties.session.timeout.ms=6000",
                    "--spring.kafka.streams.properties.heartbeat.interval.ms=1000",
                    "--spring.kafka.streams.properties.producer.transaction.timeout.ms=5000",
                    "--switchboard.routing.inputs-topic=" + inputs,
                    "--switchboard.routing.decisions-topic=" + decisions,
                    "--switchboard.routing.advertised-address=localhost:" + port,
                    "--switchboard.security.agent-token-secret=" + AgentTokens.SECRET));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new RoutingInstance(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String address() {
        return "localhost:" + port;
    }

    /** Waits until its streams are running (health UP); fails with the end of its log if it dies or takes too long. */
    void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("routing instance died; see " + log.toAbsolutePath());
            }
            if (get("/actuator/health", null).body().contains("\"UP\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("routing instance not running within " + timeout + "; see " + log);
    }

    /** An HTTP GET; status 0 if the instance did not answer at all. */
    Answer get(String path, @Nullable String authorization) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address() + path))
                    .timeout(Duration.ofSeconds(10));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("X-Switchboard-Answered-By").orElse(""));
        } catch (IOException e) {
            return new Answer(0, "", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: the JVM stops at once, mid-transaction if it was in one. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** What an instance answered, and which instance the answer came from (a floor view says). */
    record Answer(int status, String body, String answeredBy) {
    }
}
