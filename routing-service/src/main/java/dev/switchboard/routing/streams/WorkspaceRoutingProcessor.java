package dev.switchboard.routing.streams;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.routing.engine.RoutingOutcome;
import dev.switchboard.routing.engine.RoutingRules;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies each routing input to its workspace's stored state and forwards the decisions as CloudEvents keyed by
 * conversation; a wall-clock timer does the same for grace periods that ended with no input arriving. The record
 * timestamp is "now" for an input, so a replay of the same records decides exactly the same. State, timers and
 * decisions are written in the task's transaction.
 */
final class WorkspaceRoutingProcessor implements Processor<String, byte[], String, byte[]> {

    static final String SOURCE = "/switchboard/routing-service";

    private final Duration handBackCheck;
    private final RoutingObserver observer;
    private final Set<String> decidedHere = new HashSet<>();
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, WorkspaceRouting> store;
    private KeyValueStore<String, Long> handBacks;
    private InputRecords inputs;

    WorkspaceRoutingProcessor(Duration handBackCheck, RoutingObserver observer) {
        this.handBackCheck = handBackCheck;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.store = context.getStateStore(RoutingTopology.STORE);
        this.handBacks = context.getStateStore(RoutingTopology.HAND_BACKS);
        this.inputs = new InputRecords(context);
        context.schedule(handBackCheck, PunctuationType.WALL_CLOCK_TIME, this::handBackDue);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Instant now = Instant.ofEpochMilli(record.timestamp());
        inputs.decode(record).ifPresent(input -> decide(input.workspaceId(),
                state -> RoutingRules.apply(state, input, now), now));
    }

    @Override
    public void close() {
        decidedHere.forEach(observer::forget);
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
        due.forEach(workspaceId -> decide(workspaceId, state -> RoutingRules.handBackDue(state, now), now));
    }

    private void decide(String workspaceId, Function<WorkspaceRouting, RoutingOutcome> rules, Instant recordTime) {
        WorkspaceRouting state = Optional.ofNullable(store.get(workspaceId))
                .orElseGet(() -> WorkspaceRouting.empty(workspaceId));
        RoutingOutcome outcome = rules.apply(state);
        store.put(workspaceId, outcome.state());
        Instant next = outcome.state().nextHandBack();
        if (next == null) {
            handBacks.delete(workspaceId);
        } else {
            handBacks.put(workspaceId, next.toEpochMilli());
        }
        outcome.decisions().forEach(decision -> forward(decision, recordTime));
        decidedHere.add(workspaceId);
        observer.decided(outcome.state(), outcome.decisions(),
                Duration.between(recordTime, Instant.ofEpochMilli(context.currentSystemTimeMs())));
    }

    private void forward(RoutingDecision decision, Instant at) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(decision, SOURCE).forEach(headers::add);
        context.forward(new Record<>(decision.partitionKey(), EventCodec.encode(decision), at.toEpochMilli(),
                headers));
    }
}
