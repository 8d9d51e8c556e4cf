package dev.switchboard.notify.webhook;

import dev.switchboard.notify.webhook.WebhookDeliveries.Claim;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Every {@code poll}, picks due deliveries and hands each to one of {@code concurrency} sender threads, never to more:
 * a delivery waiting behind an earlier one of its conversation is put back until that one's next attempt, so it neither
 * overtakes it nor crowds other conversations out of the next look. Kafka consumers never wait for a receiver.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final EndpointDisabling disabling;
    private final WebhookProperties properties;
    private final Clock clock;
    private final Semaphore slots;
    private volatile @Nullable ScheduledExecutorService poller;
    private volatile @Nullable ExecutorService senders;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, EndpointDisabling disabling,
            WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.disabling = disabling;
        this.properties = properties;
        this.clock = clock;
        this.slots = new Semaphore(properties.concurrency());
    }

    @Override
    public synchronized void start() {
        senders = Executors.newFixedThreadPool(properties.concurrency(), new CustomizableThreadFactory("webhook-send-"));
        poller = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("webhook-poll-"));
        long every = properties.poll().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null && senders != null) {
            poller.shutdownNow();
            senders.shutdown();
            poller = null;
            senders = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private void poll() {
        try {
            Instant now = clock.instant();
            disabling.announceOutstanding(now, properties.claimLease());
            for (WebhookDelivery due : deliveries.due(now, properties.batch())) {
                if (!slots.tryAcquire()) {
                    return;
                }
                if (!dispatch(due, now)) {
                    slots.release();
                }
            }
        } catch (RuntimeException e) {
            log.warn("looking for due webhook deliveries failed; trying again in {}: {}", properties.poll(),
                    e.toString());
        }
    }

    /** Starts an attempt at {@code due} if it is first in its line and still ours to claim. */
    private boolean dispatch(WebhookDelivery due, Instant now) {
        Optional<WebhookDelivery> ahead = deliveries.ahead(due);
        if (ahead.isPresent()) {
            Instant soonest = now.plus(properties.poll());
            Instant aheadNext = ahead.get().nextAttemptAt();
            deliveries.holdBack(due, aheadNext.isAfter(soonest) ? aheadNext : soonest);
            return false;
        }
        Optional<Claim> claim = deliveries.claim(due, now, properties.claimLease());
        ExecutorService running = senders;
        if (claim.isEmpty() || running == null) {
            return false;
        }
        running.execute(() -> attempt(claim.get()));
        return true;
    }

    private void attempt(Claim claim) {
        try {
            sender.attempt(claim);
        } catch (RuntimeException e) {
            log.warn("webhook {} to endpoint {} not settled; its claim lapses in {}: {}", claim.delivery().eventId(),
                    claim.delivery().endpointId(), properties.claimLease(), e.toString());
        } finally {
            slots.release();
        }
    }
}
