package dev.switchboard.ingest.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.ingest.web.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Publishes inbound events on {@code inbound-messages} and returns only once Kafka acknowledged them (the binding is
 * {@code sync} with {@code acks=all} and bounded producer timeouts); a failure surfaces as a 503 problem so the
 * client retries (after {@code Retry-After}) instead of believing a lost message was taken.
 */
@Component
public class InboundPublisher {

    static final String BINDING = "inbound-out-0";
    static final String SOURCE = "/switchboard/ingest-service";
    /** Seconds a provider or widget should wait before retrying: about one producer timeout. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(InboundPublisher.class);

    private final StreamBridge streamBridge;

    InboundPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    public void publish(InboundEvent event) {
        boolean sent;
        try {
            sent = streamBridge.send(BINDING, toMessage(event));
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            log.warn("Kafka did not acknowledge event {}: {}", event.eventId(), cause.toString());
            throw unavailable(e);
        }
        if (!sent) {
            log.warn("Kafka binding refused event {}", event.eventId());
            throw unavailable(null);
        }
    }

    private static ErrorResponseException unavailable(@Nullable Throwable cause) {
        String detail = "the message could not be stored, retry later";
        ErrorResponseException problem = cause == null
                ? ProblemType.PUBLISHING_UNAVAILABLE.exception(detail)
                : ProblemType.PUBLISHING_UNAVAILABLE.exception(detail, cause);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return problem;
    }

    static Message<byte[]> toMessage(InboundEvent event) {
        return MessageBuilder.withPayload(EventCodec.encode(event))
                .copyHeaders(CloudEventHeaders.of(event, SOURCE))
                .setHeader(KafkaHeaders.KEY, event.partitionKey().getBytes(UTF_8))
                .build();
    }
}
