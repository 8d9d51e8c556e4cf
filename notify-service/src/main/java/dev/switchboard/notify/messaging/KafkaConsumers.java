package dev.switchboard.notify.messaging;

import dev.switchboard.events.ConversationEvent;
import dev.switchboard.notify.push.AgentPush;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumers, thin on purpose and bound only in YAML. {@code conversationEvents-in-0} is a broadcast (an anonymous
 * group per instance, from the latest offset, since an agent's socket may be on any instance). Each
 * {@code outbound-<channel>} topic has a binding and a consumer group of its own
 * ({@code notify-service.outbound-<channel>}), hence a listener container and consumer thread of its own: a provider outage that holds up SMS replies never delays email or web chat.
 * {@code receipts-in-0} reads every {@code inbound-<channel>} topic in group {@code notify-service.receipts} for the
 * providers' receipts for our replies.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConsumers {

    @Bean
    Consumer<Message<byte[]>> conversationEvents(AgentPush push) {
        return message -> IncomingEvent.decode(message, ConversationEvent.class)
                .ifPresent(event -> push.push(event, message.getHeaders()));
    }

    @Bean
    Consumer<Message<byte[]>> outboundWebchat(OutboundReplies replies) {
        return replies::accept;
    }

    @Bean
    Consumer<Message<byte[]>> outboundSms(OutboundReplies replies) {
        return replies::accept;
    }

    @Bean
    Consumer<Message<byte[]>> outboundWhatsapp(OutboundReplies replies) {
        return replies::accept;
    }

    @Bean
    Consumer<Message<byte[]>> outboundMessenger(OutboundReplies replies) {
        return replies::accept;
    }

    @Bean
    Consumer<Message<byte[]>> outboundInstagram(OutboundReplies replies) {
        return replies::accept;
    }

    @Bean
    Consumer<Message<byte[]>> outboundEmail(OutboundReplies replies) {
        return replies::accept;
    }

    @Bean
    Consumer<Message<byte[]>> receipts(ProviderReceiptRecords receipts) {
        return receipts::accept;
    }
}
