package dev.switchboard.notify.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;

/**
 * Reads a record by its CloudEvents type; a type we do not know (or expect here), or a body that is not that type's
 * JSON, is logged and skipped, never guessed, and never retried: it would read the same the next time.
 */
public final class IncomingEvent {

    private static final Logger log = LoggerFactory.getLogger(IncomingEvent.class);

    private IncomingEvent() {
    }

    public static <T extends SwitchboardEvent> Optional<T> decode(Message<byte[]> message, Class<T> expected) {
        Optional<String> type = CloudEventHeaders.typeIn(message.getHeaders());
        Optional<Class<? extends SwitchboardEvent>> eventClass = type.flatMap(EventTypes::classOf)
                .filter(expected::isAssignableFrom);
        if (eventClass.isEmpty()) {
            log.warn("skipping record of type {}, not one this consumer handles", type.orElse("(none)"));
            return Optional.empty();
        }
        try {
            return Optional.of(expected.cast(EventCodec.decode(message.getPayload(), eventClass.get())));
        } catch (JacksonException e) {
            log.warn("skipping record of type {} whose body does not read as one: {}", type.get(),
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
