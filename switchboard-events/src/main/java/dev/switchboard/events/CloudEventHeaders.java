package dev.switchboard.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents Kafka protocol binding, binary mode: attributes travel as {@code ce_*} headers with raw UTF-8
 * values and the record value is the event's JSON, so any CloudEvents SDK can read our topics.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * A CloudEvents extension attribute: the id of the request that caused this event (ingest's {@code
     * X-Correlation-Id}), carried by every event it leads to so each service's logs for one message can be joined.
     */
    public static final String CORRELATION_ID = "ce_correlationid";

    private CloudEventHeaders() {
    }

    /**
     * The headers for one event.
     *
     * @param source the producing service, e.g. {@code /switchboard/ingest-service}
     */
    public static Map<String, byte[]> of(SwitchboardEvent event, String source) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(ID, utf8(event.eventId().toString()));
        headers.put(TYPE, utf8(EventTypes.typeOf(event.getClass())));
        headers.put(SOURCE, utf8(source));
        headers.put(SPEC_VERSION, utf8("1.0"));
        headers.put(TIME, utf8(DateTimeFormatter.ISO_INSTANT.format(event.occurredAt())));
        headers.put(SUBJECT, utf8(event.partitionKey()));
        headers.put(CONTENT_TYPE, utf8("application/json"));
        return headers;
    }

    /** The headers for one event caused by the request or record {@code correlationId} names. */
    public static Map<String, byte[]> of(SwitchboardEvent event, String source, @Nullable String correlationId) {
        Map<String, byte[]> headers = of(event, source);
        if (correlationId != null) {
            headers.put(CORRELATION_ID, utf8(correlationId));
        }
        return headers;
    }

    /** Reads {@code ce_type} from a header map whose values are raw bytes or strings (as Spring or Kafka hand them). */
    public static Optional<String> typeIn(Map<String, ?> headers) {
        return text(headers, TYPE);
    }

    /** Reads {@code ce_correlationid}, if the event carries one. */
    public static Optional<String> correlationIdIn(Map<String, ?> headers) {
        return text(headers, CORRELATION_ID);
    }

    private static Optional<String> text(Map<String, ?> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
