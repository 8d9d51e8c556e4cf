package dev.switchboard.routing.streams;

import dev.switchboard.bench.routing.InputFixtures;
import dev.switchboard.bench.routing.RoutingFixtures;
import dev.switchboard.events.ConversationWaiting;
import dev.switchboard.routing.engine.RoutingRules;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serde;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the stream processor pays around each decision on a busy workspace, since every input reads the workspace's
 * one stored value and writes it back whole: the read (JSON to records), the write (records to JSON), and one input
 * as the processor handles it (read, decide, write; RocksDB and the changelog not included). In the serde's package
 * so that it is called exactly as the topology calls it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class WorkspaceStateBenchmark {

    private static final String CHANGELOG = "routing-workspace-routing-changelog";

    @Param("1000")
    public int agents;

    @Param("10000")
    public int queued;

    private final Serde<WorkspaceRouting> serde = WorkspaceRoutingSerde.create();
    private WorkspaceRouting busy = WorkspaceRouting.empty(RoutingFixtures.WORKSPACE);
    private byte[] stored = new byte[0];
    private List<ConversationWaiting> arrivals = List.of();

    @Setup
    public void store() {
        busy = RoutingFixtures.busyFloor(agents, queued);
        stored = serde.serializer().serialize(CHANGELOG, busy);
        arrivals = InputFixtures.arrivals(64);
    }

    /** {@code store.put}: the state as the JSON that goes to RocksDB and the changelog. */
    @Benchmark
    public byte[] write(StoredBytes written) {
        return written.counted(serde.serializer().serialize(CHANGELOG, busy));
    }

    /** {@code store.get}: the JSON back to records. */
    @Benchmark
    public WorkspaceRouting read() {
        return serde.deserializer().deserialize(CHANGELOG, stored);
    }

    /** One new conversation as the processor handles it: read the state, decide, write the state. */
    @Benchmark
    public byte[] arrivalStored(StoredBytes written) {
        WorkspaceRouting state = serde.deserializer().deserialize(CHANGELOG, stored);
        WorkspaceRouting after = RoutingRules.apply(state, written.next(arrivals), RoutingFixtures.NOW).state();
        return written.counted(serde.serializer().serialize(CHANGELOG, after));
    }

    /** Bytes written to the store per second, beside writes per second: their ratio is the stored value's size. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class StoredBytes {

        /** Read by JMH as a counter. */
        public long bytes;

        private int cursor;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }

        byte[] counted(byte[] value) {
            bytes += value.length;
            return value;
        }

        <T> T next(List<T> inputs) {
            cursor = (cursor + 1) % inputs.size();
            return inputs.get(cursor);
        }
    }
}
