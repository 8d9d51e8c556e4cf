package dev.switchboard.notify.push;

import java.util.Optional;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;

/** Where one {@code conversation-events} record sits: the same on every instance, so a client may resume anywhere. */
record Position(int partition, long offset) {

    /** The record's place as the Kafka binder reports it, if it does. */
    static Optional<Position> of(MessageHeaders headers) {
        Integer partition = headers.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        Long offset = headers.get(KafkaHeaders.OFFSET, Long.class);
        return partition == null || offset == null ? Optional.empty() : Optional.of(new Position(partition, offset));
    }
}
