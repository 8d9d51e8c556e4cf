package dev.switchboard.routing.streams;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.routing.engine.Floor;
import dev.switchboard.routing.engine.WorkspaceRouting;
import dev.switchboard.routing.streams.WorkspaceEntries.StoredEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Applies each routing input to its workspace's floor and forwards the decisions as CloudEvents keyed by
 * conversation; a wall-clock timer does the same for grace periods that ended with no input arriving. The record
 * timestamp is "now" for an input, so a replay of the same records decides exactly the same.
 *
 * <p>Each workspace's floor is read from the store once and then kept live in this task, the store being written
 * with just the entries each input changed — in the task's transaction, with the timers and the decisions. The live
 * floors are dropped whenever the task is (re)initialised or closed, and a workspace's whenever deciding fails, so
 * after an aborted transaction or a move to another instance the floor is read again from the restored store.
 */
final class WorkspaceRoutingProcessor implements Processor<String, byte[], String, byte[]> {

    static final String SOURCE = "/switchboard/routing-service";

    private final Duration handBackCheck;
    private final RoutingObserver observer;
    private final Map<String, Floor> floors = new HashMap<>();
    private final Map<String, Optional<Instant>> timers = new HashMap<>();
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, StoredEntry> store;
    private KeyValueStore<String, Long> handBacks;
    private InputRecords inputs;

    WorkspaceRoutingProcessor(Duration handBackCheck, RoutingObserver observer) {
        this.handBackCheck = handBackCheck;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        forgetFloors();
        this.context = context;
        this.store = context.getStateStore(RoutingTopology.STORE);
        this.handBacks = context.getStateStore(RoutingTopology.HAND_BACKS);
        this.inputs = new InputRecords(context);
        context.schedule(handBackCheck, PunctuationType.WALL_CLOCK_TIME, this::handBackDue);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Instant now = Instant.ofEpochMilli(record.timestamp());
        inputs.decode(record).ifPresent(input -> decide(input.workspaceId(), floor -> floor.apply(input, now), now));
    }

    @Override
    public void close() {
        forgetFloors();
    }

    /** Hands back, in every workspace of this task whose next grace period has ended, what the agents still hold. */
    private void handBackDue(long wallClock) {
        Instant now = Instant.ofEpochMilli(wallClock);
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> timers = handBacks.all()) {
            timers.forEachRemaining((KeyValue<String, Long> timer) -> {
                if (timer.value <= wallClock) {
                    due.add(timer.key);
                }
            });
        }
        due.forEach(workspaceId -> decide(workspaceId, floor -> floor.handBackDue(now), now));
    }

    private void decide(String workspaceId, Function<Floor, List<RoutingDecision>> rules, Instant recordTime) {
        Floor floor = floors.computeIfAbsent(workspaceId, this::read);
        List<RoutingDecision> decisions;
        RoutingObserver.Summary summary;
        try {
            decisions = rules.apply(floor);
            summary = RoutingObserver.Summary.of(floor);
            WorkspaceEntries.write(store, floor);
        } catch (RuntimeException e) {
            floors.remove(workspaceId);
            timers.remove(workspaceId);
            throw e;
        }
        timer(workspaceId, floor.nextTimedChange(recordTime.plus(handBackCheck)));
        decisions.forEach(decision -> forward(decision, recordTime));
        observer.decided(summary, decisions,
                Duration.between(recordTime, Instant.ofEpochMilli(context.currentSystemTimeMs())));
    }

    /** Stores the workspace's next timer, only when it changed: most inputs leave it as it was. */
    private void timer(String workspaceId, @Nullable Instant next) {
        Optional<Instant> due = Optional.ofNullable(next);
        if (due.equals(timers.put(workspaceId, due))) {
            return;
        }
        if (next == null) {
            handBacks.delete(workspaceId);
        } else {
            handBacks.put(workspaceId, next.toEpochMilli());
        }
    }

    private Floor read(String workspaceId) {
        return Floor.of(Optional.ofNullable(WorkspaceEntries.read(store, workspaceId))
                .orElseGet(() -> WorkspaceRouting.empty(workspaceId)));
    }

    private void forgetFloors() {
        floors.keySet().forEach(observer::forget);
        floors.clear();
        timers.clear();
    }

    private void forward(RoutingDecision decision, Instant at) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(decision, SOURCE).forEach(headers::add);
        context.forward(new Record<>(decision.partitionKey(), EventCodec.encode(decision), at.toEpochMilli(),
                headers));
    }
}
