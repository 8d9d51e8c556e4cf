package dev.switchboard.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

    /** Reads {@code ce_type} from a header map whose values are raw bytes or strings (as Spring or Kafka hand them). */
    public static Optional<String> typeIn(Map<String, ?> headers) {
        Object value = headers.get(TYPE);
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
