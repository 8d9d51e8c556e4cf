package dev.switchboard.notify.webhook;

import java.time.Clock;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The webhook parts built from configuration, and the {@code webhookEvents} consumer, bound in YAML as
 * {@code webhookEvents-in-0} to {@code conversation-events} and {@code delivery-events} in group
 * {@code notify-service.webhooks}: its own group, so a slow fan-out never holds up agents' pushes or replies.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    /** The time retries, pauses and the failing run are measured by; tests move it instead of sleeping. */
    @Bean
    Clock webhookClock() {
        return Clock.systemUTC();
    }

    @Bean
    DestinationPolicy webhookDestinations(WebhookProperties properties) {
        return new DestinationPolicy(properties.allowedNetworks());
    }

    @Bean
    RetrySchedule webhookRetrySchedule(WebhookProperties properties) {
        return new RetrySchedule(properties.schedule(), properties.jitter(), new Random());
    }

    @Bean
    WebhookHttp webhookHttp(DestinationPolicy destinations, WebhookProperties properties, Clock clock) {
        return new WebhookHttp(destinations, properties, clock);
    }

    @Bean
    Consumer<Message<byte[]>> webhookEvents(WebhookFanOut fanOut) {
        return fanOut::accept;
    }
}
