package dev.switchboard.notify.push;

import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.notify.NotifyApplication;
import java.time.format.DateTimeFormatter;
import org.springframework.web.socket.TextMessage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An event as a CloudEvents structured-mode JSON frame, so agent UIs read the same contract that Kafka carries. */
final class CloudEventFrame {

    private static final JsonMapper JSON = JsonMapper.shared();

    private CloudEventFrame() {
    }

    static TextMessage of(SwitchboardEvent event) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("specversion", "1.0");
        frame.put("id", event.eventId().toString());
        frame.put("type", EventTypes.typeOf(event.getClass()));
        frame.put("source", NotifyApplication.EVENT_SOURCE);
        frame.put("time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        frame.put("subject", event.partitionKey());
        frame.put("datacontenttype", "application/json");
        frame.set("data", JSON.readTree(EventCodec.encode(event)));
        return new TextMessage(JSON.writeValueAsString(frame));
    }
}
