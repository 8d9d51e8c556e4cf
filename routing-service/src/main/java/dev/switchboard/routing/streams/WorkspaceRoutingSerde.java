package dev.switchboard.routing.streams;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.routing.streams.WorkspaceEntries.StoredEntry;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Stores routing's state entries as JSON, so the changelog topic stays readable by an operator. Fields a later
 * version added read as their defaults from entries an earlier version wrote, and absent values are left out.
 * Instants are written as epoch seconds with their nanoseconds ({@code 1795428000.123456789}): formatting ISO-8601
 * was most of the cost of writing an entry (an agent's carries a dozen instants, the workspace's counters the last
 * twenty assignment times, written on every input). ISO-8601 instants of entries written before still read.
 */
final class WorkspaceRoutingSerde {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("epoch-instants").addSerializer(Instant.class, new EpochInstants()))
            .build();

    private WorkspaceRoutingSerde() {
    }

    static Serde<StoredEntry> create() {
        return Serdes.serdeFrom(
                (topic, entry) -> entry == null ? null : MAPPER.writeValueAsBytes(entry),
                (topic, bytes) -> bytes == null ? null : MAPPER.readValue(bytes, StoredEntry.class));
    }

    /** An instant as the decimal number of seconds since the epoch that Jackson's own reader takes back exactly. */
    static final class EpochInstants extends ValueSerializer<Instant> {

        private static final int NANO_DIGITS = 9;

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            long seconds = value.getEpochSecond();
            int nanos = value.getNano();
            if (seconds < 0) {
                generator.writeString(value.toString());
            } else if (nanos == 0) {
                generator.writeNumber(seconds);
            } else {
                String fraction = Integer.toString(nanos);
                StringBuilder decimal = new StringBuilder(32).append(seconds).append('.');
                decimal.append("0".repeat(NANO_DIGITS - fraction.length())).append(fraction);
                generator.writeNumber(decimal.toString());
            }
        }
    }
}
