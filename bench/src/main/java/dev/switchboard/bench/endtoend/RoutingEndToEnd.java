package dev.switchboard.bench.endtoend;

import dev.switchboard.embedded.EmbeddedKafka;
import dev.switchboard.events.AgentPresenceChanged;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.Presence;
import dev.switchboard.events.Priority;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.WaitingReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Routing end to end on one machine: a real broker (in this JVM), the real routing topology with exactly-once, a
 * producer offering new conversations at a set rate (or as fast as they are taken), and a read_committed consumer
 * timing each request from produced to answered, releasing every assignment so the floor stays busy but never full.
 * Issue 4's targets: at least 20,000 requests a second, and a p99 of at most 50 ms at 2,000 a second.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.switchboard.bench.endtoend.RoutingEndToEnd --rate=2000 --seconds=30</pre>
 */
public final class RoutingEndToEnd {

    private RoutingEndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.parse(args);
        Path dir = Files.createTempDirectory("switchboard-e2e");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
                RoutingStack stack = RoutingStack.start(kafka.bootstrapServers(), dir.resolve("streams"), settings)) {
            for (int w = 0; w < settings.workspaces(); w++) {
                for (int a = 0; a < settings.agents(); a++) {
                    stack.send(new AgentPresenceChanged(UUID.randomUUID(), Instant.now(), settings.workspace(w),
                            "agent-" + a, Presence.ONLINE, settings.capacity()));
                }
            }
            AtomicLong releases = new AtomicLong();
            Answers answers = stack.answers(routed -> {
                releases.incrementAndGet();
                stack.send(new ConversationReleased(UUID.randomUUID(), Instant.now(), routed.workspaceId(),
                        routed.conversationId(), routed.agentId(), ReleaseReason.RESOLVED));
            });
            Thread reader = new Thread(answers, "answers");
            reader.start();
            Offer warmUp = offer(stack, answers, settings, settings.warmUp().toMillis(), 0);
            answers.latencyMicros.reset();
            long answeredBefore = answers.answered.get();
            long decisionsBefore = answers.decisions.get();
            long releasesBefore = releases.get();
            Offer measured = offer(stack, answers, settings, settings.measured().toMillis(), warmUp.sentTotal());
            Thread.sleep(500);
            Histogram latency = answers.latencyMicros.getIntervalHistogram();
            answers.stop();
            reader.join(5_000);
            System.out.println("  stream thread (ms, per second): " + stack.threadTimings());
            report(settings, measured, answers.answered.get() - answeredBefore, releases.get() - releasesBefore,
                    answers.decisions.get() - decisionsBefore, latency, answers.doubleAssignments.get());
        }
    }

    /** Offers new conversations for {@code millis}, at the set rate or as fast as they are answered. */
    private static Offer offer(RoutingStack stack, Answers answers, LoadSettings settings, long millis, long first)
            throws InterruptedException {
        long start = System.nanoTime();
        long sent = 0;
        long elapsed = 0;
        while (elapsed < millis) {
            long due = settings.rate() == 0 ? Long.MAX_VALUE : settings.rate() * elapsed / 1_000;
            while (sent < due && first + sent - answers.answered.get() < settings.maxInFlight()) {
                long n = first + sent++;
                stack.send(waiting(settings.workspace(n), "conv-" + n));
            }
            Thread.sleep(1);
            elapsed = (System.nanoTime() - start) / 1_000_000;
        }
        return new Offer(first + sent, sent, elapsed);
    }

    private static RoutingInput waiting(String workspaceId, String conversationId) {
        Instant now = Instant.now();
        return new ConversationWaiting(UUID.randomUUID(), now, workspaceId, conversationId, "load-inbox",
                Channel.WEBCHAT, Priority.NORMAL, null, List.of(), null, null, now, WaitingReason.NEW);
    }

    private static void report(LoadSettings settings, Offer offer, long answered, long released, long decisions,
            Histogram latency, long doubles) {
        double seconds = offer.millis() / 1_000.0;
        System.out.printf("routing end to end: offered %s/s for %.0f s over %d workspaces x %d agents of capacity %d, "
                + "%d stream thread(s), commit every %d ms%n", settings.rate() == 0 ? "max" : settings.rate(), seconds,
                settings.workspaces(), settings.agents(), settings.capacity(), settings.streamThreads(),
                settings.commitIntervalMs());
        System.out.printf("  new conversations answered: %d (%.0f/s); releases sent: %.0f/s; routing requests "
                + "(both): %.0f/s; decisions consumed: %.0f/s%n", answered, answered / seconds, released / seconds,
                (answered + released) / seconds, decisions / seconds);
        System.out.printf("  produced -> answer consumed (ms): p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f"
                + "  (n=%d)%n", ms(latency, 50), ms(latency, 90), ms(latency, 99), ms(latency, 99.9),
                latency.getMaxValue() / 1_000.0, latency.getTotalCount());
        System.out.printf("  conversations assigned twice: %d%n", doubles);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    /** What was offered: how many in all by the end, how many in this phase, over how long. */
    private record Offer(long sentTotal, long sent, long millis) {
    }
}
