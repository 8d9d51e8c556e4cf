package dev.switchboard.notify.push;

import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.notify.NotifyApplication;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as a CloudEvents structured-mode JSON frame, so agent UIs read the same contract that Kafka carries, with
 * one extension attribute, {@code position}: the cursor a client resumes from after this frame. Webhooks carry the
 * same JSON, without a position.
 */
public final class CloudEventFrame {

    static final String CONNECTED = "dev.switchboard.notify.connected.v1";
    static final String RESYNC_REQUIRED = "dev.switchboard.notify.resync-required.v1";

    private static final JsonMapper JSON = JsonMapper.shared();

    private CloudEventFrame() {
    }

    /** The event's frame without a position: built once per record, then positioned per connection. */
    public static ObjectNode of(SwitchboardEvent event) {
        ObjectNode frame = envelope(event.eventId(), EventTypes.typeOf(event.getClass()), event.occurredAt());
        frame.put("subject", event.partitionKey());
        frame.put("datacontenttype", "application/json");
        frame.set("data", JSON.readTree(EventCodec.encode(event)));
        return frame;
    }

    static PushFrame positioned(ObjectNode frame, Cursor cursor) {
        ObjectNode copy = frame.deepCopy();
        copy.put("position", cursor.encode());
        return new PushFrame(cursor.encode(), copy.get("type").asString(), JSON.writeValueAsString(copy));
    }

    /** A frame of notify's own about the stream itself (connected, resync required). */
    static PushFrame notice(String type, Cursor cursor, ObjectNode data) {
        ObjectNode frame = envelope(UUID.randomUUID(), type, Instant.now());
        frame.put("datacontenttype", "application/json");
        frame.set("data", data);
        return positioned(frame, cursor);
    }

    static ObjectNode data() {
        return JSON.createObjectNode();
    }

    private static ObjectNode envelope(UUID id, String type, Instant time) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("specversion", "1.0");
        frame.put("id", id.toString());
        frame.put("type", type);
        frame.put("source", NotifyApplication.EVENT_SOURCE);
        frame.put("time", DateTimeFormatter.ISO_INSTANT.format(time));
        return frame;
    }
}
