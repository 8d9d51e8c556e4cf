package dev.switchboard.notify.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/** Reads a record by its CloudEvents type; a type we do not know (or expect here) is logged and skipped, never guessed. */
final class IncomingEvent {

    private static final Logger log = LoggerFactory.getLogger(IncomingEvent.class);

    private IncomingEvent() {
    }

    static <T extends SwitchboardEvent> Optional<T> decode(Message<byte[]> message, Class<T> expected) {
        Optional<String> type = CloudEventHeaders.typeIn(message.getHeaders());
        Optional<Class<? extends SwitchboardEvent>> eventClass = type.flatMap(EventTypes::classOf)
                .filter(expected::isAssignableFrom);
        if (eventClass.isEmpty()) {
            log.warn("skipping record of type {}, not one this consumer handles", type.orElse("(none)"));
            return Optional.empty();
        }
        return Optional.of(expected.cast(EventCodec.decode(message.getPayload(), eventClass.get())));
    }
}
