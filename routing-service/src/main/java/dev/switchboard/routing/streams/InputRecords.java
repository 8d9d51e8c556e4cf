package dev.switchboard.routing.streams;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.RoutingInput;
import dev.switchboard.events.SwitchboardEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Reads a routing input from its record by {@code ce_type}. An unreadable record (unknown type, malformed JSON, not
 * a routing input) is logged at WARN with type and offset only and skipped: under exactly-once, throwing would
 * replay the same bad record forever and block the workspace.
 */
final class InputRecords {

    private static final Logger log = LoggerFactory.getLogger(InputRecords.class);

    private final ProcessorContext<?, ?> context;

    InputRecords(ProcessorContext<?, ?> context) {
        this.context = context;
    }

    Optional<RoutingInput> decode(Record<String, byte[]> record) {
        Map<String, byte[]> headers = headersOf(record);
        String type = CloudEventHeaders.typeIn(headers).orElse("(missing)");
        if (record.value() == null) {
            log.warn("Skipping a record of type {} without a value at {}", type, where());
            return Optional.empty();
        }
        try {
            SwitchboardEvent event = EventCodec.decode(headers, record.value());
            if (event instanceof RoutingInput input) {
                return Optional.of(input);
            }
            log.warn("Skipping a record of type {} that is not a routing input at {}", type, where());
        } catch (EventCodec.UnknownEventTypeException e) {
            log.warn("Skipping a record of unknown type {} at {}", type, where());
        } catch (JacksonException e) {
            log.warn("Skipping an unreadable record of type {} at {}", type, where());
        }
        return Optional.empty();
    }

    private String where() {
        return context.recordMetadata().map(meta -> meta.topic() + "-" + meta.partition() + "@" + meta.offset())
                .orElse("?");
    }

    private static Map<String, byte[]> headersOf(Record<String, byte[]> record) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
