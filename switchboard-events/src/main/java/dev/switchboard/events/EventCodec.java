package dev.switchboard.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON for every event, the one way all services write and read it. Unknown fields are ignored so that a consumer
 * keeps working when a producer adds one; absent optional fields are omitted.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new IsoInstants()))
            .build();

    private EventCodec() {
    }

    public static byte[] encode(SwitchboardEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T extends SwitchboardEvent> T decode(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Decodes by CloudEvents type. */
    public static SwitchboardEvent decode(String ceType, byte[] json) {
        Class<? extends SwitchboardEvent> type = EventTypes.classOf(ceType)
                .orElseThrow(() -> new UnknownEventTypeException(ceType));
        return decode(json, type);
    }

    /** Decodes using the {@code ce_type} header of a Kafka record or Spring message. */
    public static SwitchboardEvent decode(Map<String, ?> headers, byte[] json) {
        String type = CloudEventHeaders.typeIn(headers).orElseThrow(() -> new UnknownEventTypeException("(missing)"));
        return decode(type, json);
    }

    /** A record whose {@code ce_type} no Switchboard event has: skip it or park it, never guess. */
    public static final class UnknownEventTypeException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UnknownEventTypeException(String type) {
            super("unknown CloudEvents type " + type);
        }
    }
}
