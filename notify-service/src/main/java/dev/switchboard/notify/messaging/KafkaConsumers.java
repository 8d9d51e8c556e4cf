package dev.switchboard.notify.messaging;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.ConversationEvent;
import dev.switchboard.notify.delivery.webchat.WebchatDelivery;
import dev.switchboard.notify.push.AgentPush;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumers, thin on purpose and bound only in YAML. {@code conversationEvents-in-0} and {@code webchatWidgets-in-0}
 * are broadcasts (an anonymous group per instance, from the latest offset, since an agent's or a visitor's socket may
 * be on any instance). Each {@code outbound-<channel>} topic has a binding and a consumer group of its own
 * ({@code notify-service.outbound-<channel>}), hence a listener container and consumer thread of its own: a provider outage that holds up SMS replies never delays email or web chat.
 * {@code receipts-in-0} reads every {@code inbound-<channel>} topic in group {@code notify-service.receipts} for the
 * providers' receipts for our replies; {@code teamChanges-in-0} reads {@code routing-inputs} in group
 * {@code notify-service.conversation-teams} for the teams whose queues see a waiting conversation.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConsumers {

    @Bean
    Consumer<Message<byte[]>> conversationEvents(AgentPush push) {
        return message -> IncomingEvent.decode(message, ConversationEvent.class)
                .ifPresent(event -> push.push(event, message.getHeaders()));
    }

    /** Shows each web chat reply on the visitor's widgets open on this instance; {@code outboundWebchat} records it. */
    @Bean
    Consumer<Message<byte[]>> webchatWidgets(WebchatDelivery webchat) {
        return message -> IncomingEvent.decode(message, AgentReplied.class)
                .filter(reply -> reply.channel() == Channel.WEBCHAT)
                .ifPresent(webchat::show);
    }

    @Bean
    Consumer<Message<byte[]>> teamChanges(ConversationTeamRecords teams) {
        return teams::accept;
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
