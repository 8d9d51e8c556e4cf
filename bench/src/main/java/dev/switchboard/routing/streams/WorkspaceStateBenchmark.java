package dev.switchboard.routing.streams;

import dev.switchboard.bench.routing.InputFixtures;
import dev.switchboard.bench.routing.RoutingFixtures;
import dev.switchboard.events.ConversationReleased;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.events.ReleaseReason;
import dev.switchboard.routing.engine.Agent;
import dev.switchboard.routing.engine.Conversation;
import dev.switchboard.routing.engine.Floor;
import dev.switchboard.routing.engine.WorkspaceRouting;
import dev.switchboard.routing.streams.WorkspaceEntries.StoredEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serde;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the stream processor pays around each decision on a busy workspace, now that a workspace's floor stays live
 * and the store keeps an entry per agent and per waiting conversation: writing the entries one input changed (JSON,
 * as {@code store.put} makes it; RocksDB and the changelog not included), and reading a whole workspace back into a
 * live floor, which happens once per workspace when an instance takes over its partition. In the store's package so
 * that it is called exactly as the topology calls it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class WorkspaceStateBenchmark {

    private static final String CHANGELOG = "routing-service-workspace-floor-changelog";

    @Param("1000")
    public int agents;

    @Param("10000")
    public int queued;

    private final Serde<StoredEntry> serde = WorkspaceRoutingSerde.create();
    private Floor busy;
    private List<byte[]> stored = List.of();
    private List<ConversationWaiting> arrivals = List.of();
    private long serial;

    @Setup(Level.Trial)
    public void store() {
        WorkspaceRouting state = RoutingFixtures.busyFloor(agents, queued);
        busy = Floor.of(state);
        Floor all = Floor.of(WorkspaceRouting.empty(state.workspaceId()));
        stored = new ArrayList<>();
        WorkspaceEntries.changed(all).values().forEach(entry -> stored.add(serialize(entry)));
        state.agents().values().forEach(agent -> stored.add(serialize(new StoredEntry(null, agent, null))));
        state.queue().forEach(waiting -> stored.add(serialize(new StoredEntry(null, null, waiting))));
        arrivals = InputFixtures.arrivals(64);
    }

    /**
     * One new conversation as the processor handles it, stored: decide on the live floor, write the entries it
     * changed (the waiting conversation and the workspace's counters); then its withdrawal, likewise.
     */
    @Benchmark
    @OperationsPerInvocation(2)
    public long arrivalStored(StoredBytes written) {
        ConversationWaiting template = arrivals.get((int) (serial % arrivals.size()));
        String conversationId = "stored-" + serial++;
        busy.apply(new ConversationWaiting(new UUID(serial, 1), RoutingFixtures.NOW, template.workspaceId(),
                conversationId, template.inboxId(), template.channel(), template.priority(), template.team(),
                template.requiredSkills(), null, null, RoutingFixtures.NOW, template.reason()), RoutingFixtures.NOW);
        written.count(writeChanged());
        busy.apply(new ConversationReleased(new UUID(serial, 2), RoutingFixtures.NOW, template.workspaceId(),
                conversationId, null, ReleaseReason.CLOSED), RoutingFixtures.NOW);
        return written.count(writeChanged());
    }

    /** A whole workspace read back from its entries into a live floor: what taking over a partition costs. */
    @Benchmark
    public Floor restore() {
        Floor.Meta meta = null;
        List<Agent> seats = new ArrayList<>();
        List<Conversation> waiting = new ArrayList<>();
        for (byte[] bytes : stored) {
            StoredEntry entry = serde.deserializer().deserialize(CHANGELOG, bytes);
            if (entry.meta() != null) {
                meta = entry.meta();
            } else if (entry.agent() != null) {
                seats.add(entry.agent());
            } else {
                waiting.add(entry.waiting());
            }
        }
        return Floor.of(WorkspaceRouting.of(RoutingFixtures.WORKSPACE, meta, seats, waiting));
    }

    private long writeChanged() {
        long bytes = 0;
        for (Map.Entry<String, StoredEntry> entry : WorkspaceEntries.changed(busy).entrySet()) {
            bytes += entry.getValue() == null ? 0 : serialize(entry.getValue()).length;
        }
        busy.changes().clear();
        return bytes;
    }

    private byte[] serialize(StoredEntry entry) {
        return serde.serializer().serialize(CHANGELOG, entry);
    }

    /** Bytes written to the store per second, beside inputs per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class StoredBytes {

        /** Read by JMH as a counter. */
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }

        long count(long written) {
            bytes += written;
            return written;
        }
    }
}
