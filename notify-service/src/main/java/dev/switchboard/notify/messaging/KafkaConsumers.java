package dev.switchboard.notify.messaging;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.notify.delivery.ReplyDelivery;
import dev.switchboard.notify.push.AgentPush;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The two consumers, thin on purpose and bound only in YAML: {@code conversationEvents-in-0} is a broadcast (an
 * anonymous group per instance, from the latest offset, since an agent's socket may be on any instance);
 * {@code outboundMessages-in-0} is the {@code notify-service} group, each reply handled once.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConsumers {

    @Bean
    Consumer<Message<byte[]>> conversationEvents(AgentPush push) {
        return message -> IncomingEvent.decode(message, ConversationEvent.class).ifPresent(push::push);
    }

    @Bean
    Consumer<Message<byte[]>> outboundMessages(ReplyDelivery delivery, DeliveryPublisher publisher) {
        return message -> IncomingEvent.decode(message, AgentReplied.class)
                .map(delivery::deliver)
                .ifPresent(publisher::publish);
    }
}
