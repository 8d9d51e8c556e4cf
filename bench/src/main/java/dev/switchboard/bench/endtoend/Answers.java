package dev.switchboard.bench.endtoend;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.ConversationQueued;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.RoutingDecision;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Reads every decision back (read_committed, as conversation-service does) and times each request from the moment
 * it was produced (its record time, which the decision keeps) to its answer; hands each assignment to whoever
 * releases it, so the floor stays busy but never fills. Also checks guarantee 1 as it goes: every conversation of the
 * run is resolved when first assigned, so any second assignment of one would be a double assignment.
 */
final class Answers implements Runnable {

    final Recorder latencyMicros = new Recorder(3);
    final AtomicLong answered = new AtomicLong();
    final AtomicLong decisions = new AtomicLong();
    final AtomicLong doubleAssignments = new AtomicLong();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<ConversationRouted> release;
    private final Set<String> assigned = new HashSet<>();
    private volatile boolean running = true;

    Answers(KafkaConsumer<String, byte[]> consumer, Consumer<ConversationRouted> release) {
        this.consumer = consumer;
        this.release = release;
    }

    @Override
    public void run() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                long now = System.currentTimeMillis();
                RoutingDecision decision = (RoutingDecision) EventCodec.decode(new String(
                        record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8),
                        record.value());
                decisions.incrementAndGet();
                if (decision instanceof ConversationRouted routed) {
                    if (!assigned.add(routed.conversationId())) {
                        doubleAssignments.incrementAndGet();
                    }
                    release.accept(routed);
                }
                if (decision.requestId() != null
                        && (decision instanceof ConversationRouted || decision instanceof ConversationQueued)) {
                    answered.incrementAndGet();
                    latencyMicros.recordValue(Math.max(0, now - record.timestamp()) * 1_000);
                }
            }
        }
        consumer.close();
    }

    void stop() {
        running = false;
    }
}
