package dev.switchboard.conversation.messaging;

import dev.switchboard.conversation.conversation.InboundThreading;
import dev.switchboard.conversation.conversation.RoutingDecisions;
import dev.switchboard.conversation.message.ReplyDeliveries;
import dev.switchboard.conversation.presence.AgentStatuses;
import dev.switchboard.events.AgentConnectionsReported;
import dev.switchboard.events.CorrelationScope;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryStatusReported;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.NotifyEvent;
import dev.switchboard.events.RoutingDecision;
import dev.switchboard.events.SwitchboardEvent;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The Kafka consumers, thin by design: decode and hand to the domain, which stores each change with its events and
 * relays them ({@link OutboxRelay}). A Mongo failure throws, so the binder retries the record rather than committing
 * past it; events Kafka did not take stay in their outbox for the sweep.
 */
@Configuration(proxyBeanMethods = false)
class EventConsumers {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    /** Bound as {@code inbound-in-0} to every {@code inbound-<channel>} topic. */
    @Bean
    Consumer<Message<byte[]>> inbound(InboundThreading threading) {
        return message -> CorrelationScope.within(message.getHeaders(), () -> IncomingEvents.decode(message).ifPresent(event -> {
            if (event instanceof MessageReceived received) {
                threading.record(received);
            } else if (!(event instanceof DeliveryStatusReported)) {
                skip(event);
            }
            // A provider receipt (DeliveryStatusReported) is deliberately not applied here: only notify-service knows
            // which reply a provider id is (its delivery log), so it reads the receipts and reports each change on
            // delivery-events, consumed below; agents see one delivery state, from one source.
        }));
    }

    /** Bound as {@code assignments-in-0} to {@code conversation-assignments}. */
    @Bean
    Consumer<Message<byte[]>> assignments(RoutingDecisions decisions) {
        return message -> CorrelationScope.within(message.getHeaders(), () -> IncomingEvents.decode(message).ifPresent(event -> {
            if (event instanceof RoutingDecision decision) {
                decisions.apply(decision);
            } else {
                skip(event);
            }
        }));
    }

    /** Bound as {@code deliveries-in-0} to {@code delivery-events}: how far each reply got, for the agents' view. */
    @Bean
    Consumer<Message<byte[]>> deliveries(ReplyDeliveries replies) {
        return message -> CorrelationScope.within(message.getHeaders(), () -> IncomingEvents.decode(message)
                .ifPresent(event -> {
                    if (event instanceof DeliveryEvent delivery) {
                        replies.record(delivery);
                    } else {
                        skip(event);
                    }
                }));
    }

    /**
     * Bound as {@code connections-in-0} to {@code notify-events}: each notify instance's count of an agent's UI
     * connections, which moves the agent's presence. Other notify events are for other subscribers.
     */
    @Bean
    Consumer<Message<byte[]>> connections(AgentStatuses statuses) {
        return message -> IncomingEvents.decode(message).ifPresent(event -> {
            if (event instanceof AgentConnectionsReported report) {
                statuses.report(report);
            } else if (!(event instanceof NotifyEvent)) {
                skip(event);
            }
        });
    }

    private static void skip(SwitchboardEvent event) {
        log.warn("Skipping {} on a topic that does not carry it", event.getClass().getSimpleName());
    }
}
