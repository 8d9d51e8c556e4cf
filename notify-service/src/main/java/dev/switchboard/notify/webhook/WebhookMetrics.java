package dev.switchboard.notify.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What operators watch webhooks by: {@code switchboard.webhooks.attempts} (a timer of each attempt's latency, by
 * outcome), {@code switchboard.webhooks.deliveries} (settled deliveries, by outcome) and
 * {@code switchboard.webhooks.endpoints.disabled} (by reason).
 */
@Component
class WebhookMetrics {

    private final MeterRegistry registry;

    WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void attempted(Verdict verdict, long latencyMs) {
        Timer.builder("switchboard.webhooks.attempts").description("Webhook attempts and how long the receiver took")
                .tag("outcome", verdict.name().toLowerCase(Locale.ROOT)).register(registry)
                .record(Duration.ofMillis(latencyMs));
    }

    void settled(WebhookDelivery.State outcome) {
        Counter.builder("switchboard.webhooks.deliveries").description("Webhook deliveries that succeeded or failed")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    void disabled(String reason) {
        Counter.builder("switchboard.webhooks.endpoints.disabled").description("Webhook endpoints disabled")
                .tag("reason", reason).register(registry).increment();
    }
}
