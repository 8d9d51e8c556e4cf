package dev.switchboard.ingest.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.InboundEvent;
import dev.switchboard.events.Topic;
import dev.switchboard.ingest.metrics.IngestMetrics;
import dev.switchboard.ingest.web.CorrelationIds;
import dev.switchboard.ingest.web.ProblemType;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeoutException;
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
 * Publishes inbound events on their channel's {@code inbound-<channel>} topic and returns only once Kafka acknowledged
 * them ({@code sync} producer, {@code acks=all}, idempotent). Every wait is bounded by {@link KafkaGuard}; a failure is
 * a 503 problem with {@code Retry-After}, so the provider retries instead of believing a lost message was taken.
 */
@Component
public class InboundPublisher {

    static final String SOURCE = "/switchboard/ingest-service";
    static final String PUBLISH_TIMER = "switchboard.ingest.publish";
    static final String KAFKA_UNAVAILABLE = "switchboard.ingest.kafka.unavailable";

    private static final Logger log = LoggerFactory.getLogger(InboundPublisher.class);

    private final StreamBridge streamBridge;
    private final KafkaGuard guard;
    private final MeterRegistry meters;
    private final String retryAfterSeconds;

    InboundPublisher(StreamBridge streamBridge, KafkaGuard guard, MeterRegistry meters,
            PublishingProperties properties) {
        this.streamBridge = streamBridge;
        this.guard = guard;
        this.meters = meters;
        this.retryAfterSeconds = Long.toString(Math.max(1, properties.openFor().toSeconds()));
    }

    public void publish(InboundEvent received) {
        InboundEvent event = MessageText.cleaned(received);
        String channel = IngestMetrics.tag(event.channel());
        Timer.Sample sample = Timer.start(meters);
        Message<byte[]> message = toMessage(event, CorrelationIds.current());
        try {
            guard.run(() -> send(Topic.of(event).topicName(), message));
            sample.stop(meters.timer(PUBLISH_TIMER, "channel", channel, "outcome", "acknowledged"));
        } catch (Exception e) {
            sample.stop(meters.timer(PUBLISH_TIMER, "channel", channel, "outcome", "failed"));
            String reason = reason(e);
            meters.counter(KAFKA_UNAVAILABLE, "channel", channel, "reason", reason).increment();
            log.warn("Kafka did not acknowledge event {} ({}): {}", event.eventId(), reason,
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
            throw unavailable(e);
        }
    }

    /**
     * Publishes every event of one provider request (a Meta batch) before the provider hears 200; if one fails the
     * request fails and the provider retries the whole batch, whose already-published messages the consumer
     * de-duplicates by provider message id.
     */
    public void publishAll(List<? extends InboundEvent> events) {
        events.forEach(this::publish);
    }

    private void send(String topic, Message<byte[]> message) {
        if (!streamBridge.send(topic, message)) {
            throw new IllegalStateException("the Kafka binding refused the record");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof CallNotPermittedException) {
            return "circuit-open";
        }
        if (e instanceof BulkheadFullException) {
            return "too-many-in-flight";
        }
        return e instanceof TimeoutException ? "timeout" : "error";
    }

    private ErrorResponseException unavailable(Throwable cause) {
        ErrorResponseException problem = ProblemType.PUBLISHING_UNAVAILABLE.exception(
                "the message could not be stored, retry later", cause);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        return problem;
    }

    static Message<byte[]> toMessage(InboundEvent event, String correlationId) {
        return MessageBuilder.withPayload(EventCodec.encode(event))
                .copyHeaders(CloudEventHeaders.of(event, SOURCE, correlationId))
                .setHeader(KafkaHeaders.KEY, event.partitionKey().getBytes(UTF_8))
                .build();
    }
}
