package dev.switchboard.conversation.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.SwitchboardEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/** Decodes a consumed record by its {@code ce_type}; a type no Switchboard event has is logged (type only) and skipped. */
final class IncomingEvents {

    private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

    private IncomingEvents() {
    }

    static Optional<SwitchboardEvent> decode(Message<byte[]> message) {
        try {
            return Optional.of(EventCodec.decode(message.getHeaders(), message.getPayload()));
        } catch (EventCodec.UnknownEventTypeException e) {
            log.warn("Skipping record of unknown type {}", CloudEventHeaders.typeIn(message.getHeaders()).orElse("(none)"));
            return Optional.empty();
        }
    }
}
