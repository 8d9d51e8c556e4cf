package dev.switchboard.notify.webhook;

import dev.switchboard.events.ConversationEvent;
import dev.switchboard.events.CorrelationScope;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.EventTypes;
import dev.switchboard.events.SwitchboardEvent;
import dev.switchboard.notify.messaging.IncomingEvent;
import dev.switchboard.notify.push.CloudEventFrame;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code webhookEvents-in-0} (every record of {@code conversation-events} and {@code delivery-events}, in a group
 * of its own) does with a record: one pending delivery per enabled endpoint of the event's workspace that takes its
 * type, stored before the binder commits the offset. A record read again finds its deliveries there and adds none.
 */
@Component
class WebhookFanOut {

    /** The CloudEvents types an endpoint can ask for. */
    static final Set<String> TYPES = EventTypes.all().entrySet().stream()
            .filter(entry -> ConversationEvent.class.isAssignableFrom(entry.getKey())
                    || DeliveryEvent.class.isAssignableFrom(entry.getKey()))
            .map(Map.Entry::getValue).collect(Collectors.toUnmodifiableSet());

    private static final Logger log = LoggerFactory.getLogger(WebhookFanOut.class);

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final RetrySchedule schedule;
    private final Clock clock;

    WebhookFanOut(WebhookEndpoints endpoints, WebhookDeliveries deliveries, RetrySchedule schedule, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.schedule = schedule;
        this.clock = clock;
    }

    void accept(Message<byte[]> message) {
        CorrelationScope.within(message.getHeaders(), () -> IncomingEvent.decode(message, SwitchboardEvent.class)
                .filter(event -> TYPES.contains(EventTypes.typeOf(event.getClass())))
                .ifPresent(this::fanOut));
    }

    private void fanOut(SwitchboardEvent event) {
        List<WebhookEndpoint> subscribed = endpoints.subscribed(event.workspaceId(),
                EventTypes.typeOf(event.getClass()));
        if (subscribed.isEmpty()) {
            return;
        }
        String payload = JsonMapper.shared().writeValueAsString(CloudEventFrame.of(event));
        Instant now = clock.instant();
        for (WebhookEndpoint endpoint : subscribed) {
            Instant due = now.plus(schedule.first());
            Instant pausedUntil = endpoint.pausedUntil();
            if (deliveries.accept(endpoint, event, payload, pausedUntil != null && pausedUntil.isAfter(due)
                    ? pausedUntil : due, now)) {
                log.debug("webhook {} queued for endpoint {}", event.eventId(), endpoint.id());
            }
        }
    }
}
