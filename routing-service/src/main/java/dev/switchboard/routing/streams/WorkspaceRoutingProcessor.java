package dev.switchboard.routing.streams;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.routing.engine.RoutingOutcome;
import dev.switchboard.routing.engine.RoutingRules;
import dev.switchboard.routing.engine.WorkspaceRouting;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Applies each routing input to its workspace's stored state and forwards the decisions as CloudEvents keyed by
 * conversation. The record timestamp is "now", so a replay of the same records decides exactly the same.
 */
final class WorkspaceRoutingProcessor implements Processor<String, byte[], String, byte[]> {

    static final String SOURCE = "/switchboard/routing-service";
    private static final Logger log = LoggerFactory.getLogger(WorkspaceRoutingProcessor.class);

    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, WorkspaceRouting> store;

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.store = context.getStateStore(RoutingTopology.STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        decode(record).ifPresent(input -> {
            WorkspaceRouting state = Optional.ofNullable(store.get(input.workspaceId()))
                    .orElseGet(() -> WorkspaceRouting.empty(input.workspaceId()));
            RoutingOutcome outcome = RoutingRules.apply(state, input, Instant.ofEpochMilli(record.timestamp()));
            store.put(input.workspaceId(), outcome.state());
            outcome.decisions().forEach(decision -> forward(record, decision));
        });
    }

    private Optional<RoutingInput> decode(Record<String, byte[]> record) {
        Map<String, byte[]> headers = headersOf(record);
        String type = CloudEventHeaders.typeIn(headers).orElse("(missing)");
        if (record.value() == null) {
            log.warn("Skipping a record of type {} without a value", type);
            return Optional.empty();
        }
        try {
            SwitchboardEvent event = EventCodec.decode(headers, record.value());
            if (event instanceof RoutingInput input) {
                return Optional.of(input);
            }
            log.warn("Skipping a record of type {} that is not a routing input", type);
        } catch (EventCodec.UnknownEventTypeException e) {
            log.warn("Skipping a record of unknown type {}", type);
        } catch (JacksonException e) {
            log.warn("Skipping an unreadable record of type {} at {}", type, context.recordMetadata()
                    .map(meta -> meta.topic() + "-" + meta.partition() + "@" + meta.offset()).orElse("?"));
        }
        return Optional.empty();
    }

    private void forward(Record<String, byte[]> input, RoutingDecision decision) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(decision, SOURCE).forEach(headers::add);
        context.forward(input.withKey(decision.partitionKey()).withValue(EventCodec.encode(decision))
                .withHeaders(headers));
    }

    private static Map<String, byte[]> headersOf(Record<String, byte[]> record) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
