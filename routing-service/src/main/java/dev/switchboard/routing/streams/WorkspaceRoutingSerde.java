package dev.switchboard.routing.streams;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.routing.streams.WorkspaceEntries.StoredEntry;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores routing's state entries as JSON, so the changelog topic stays readable by an operator. Fields a later
 * version added read as their defaults from entries an earlier version wrote, and absent values are left out.
 */
final class WorkspaceRoutingSerde {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private WorkspaceRoutingSerde() {
    }

    static Serde<StoredEntry> create() {
        return Serdes.serdeFrom(
                (topic, entry) -> entry == null ? null : MAPPER.writeValueAsBytes(entry),
                (topic, bytes) -> bytes == null ? null : MAPPER.readValue(bytes, StoredEntry.class));
    }
}
