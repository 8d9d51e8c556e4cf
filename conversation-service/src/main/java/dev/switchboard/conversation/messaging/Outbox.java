package dev.switchboard.conversation.messaging;

import com.mongodb.client.model.Updates;
import dev.switchboard.events.CorrelationScope;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The events a change causes, written into the changed document itself, in the same single-document write as the
 * change: MongoDB has no transaction with Kafka, so this is how a change and its events are stored together or not
 * at all. {@link OutboxRelay} publishes them and removes them once Kafka has them.
 */
@Component
public class Outbox {

    /** The pending events, oldest first. */
    public static final String FIELD = "outbox";
    /** When the oldest pending event was written (or last claimed by a sweep); absent when none is pending. */
    public static final String SINCE = "outboxAt";

    private final Clock clock;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    /** The update that adds {@code events} to a document's outbox, next to the change it goes with. */
    public Bson pushed(List<? extends SwitchboardEvent> events) {
        return Updates.combine(Updates.pushEach(FIELD, entries(events)), Updates.min(SINCE, now()));
    }

    /** {@code document}, to be inserted, holding {@code events} as its pending outbox. */
    public Document with(Document document, List<? extends SwitchboardEvent> events) {
        return events.isEmpty() ? document : document.append(FIELD, entries(events)).append(SINCE, now());
    }

    /** Written now, by this service's clock: the sweep's grace period runs from the write, not from the event. */
    private Date now() {
        return Date.from(clock.instant());
    }

    private static List<Document> entries(List<? extends SwitchboardEvent> events) {
        String correlationId = CorrelationScope.current();
        return events.stream().map(event -> new Document("eventId", event.eventId().toString())
                        .append("type", EventTypes.typeOf(event.getClass()))
                        .append("json", new String(EventCodec.encode(event), StandardCharsets.UTF_8))
                        .append("correlationId", correlationId))
                .toList();
    }

    static SwitchboardEvent event(Document entry) {
        return EventCodec.decode(entry.getString("type"), entry.getString("json").getBytes(StandardCharsets.UTF_8));
    }
}
