package dev.switchboard.notify.deadletter;

import dev.switchboard.notify.delivery.DeliveryProperties;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import dev.switchboard.notify.delivery.log.DeliveryRecord;
import dev.switchboard.notify.messaging.ReplyRequeue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Lists a workspace's parked replies and replays them: each is marked for replay (one atomic, conditional write, so
 * two operators replaying at once still yield one send) and put back on its channel's topic; its claim and its
 * outcome then work as for any reply, and a reply that was meanwhile delivered is never sent again.
 */
@Component
class DeadLetters {

    static final int LIMIT = 500;
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeliveryLog deliveries;
    private final ReplyRequeue requeue;
    private final DeliveryProperties properties;

    DeadLetters(DeliveryLog deliveries, ReplyRequeue requeue, DeliveryProperties properties) {
        this.deliveries = deliveries;
        this.requeue = requeue;
        this.properties = properties;
    }

    List<DeliveryRecord> parked(String workspaceId) {
        return deliveries.parked(workspaceId, Instant.now(), properties.claimLease(), LIMIT);
    }

    DeliveryRecord replay(String workspaceId, String messageId) {
        DeliveryRecord marked = deliveries.markForReplay(workspaceId, messageId, Instant.now(),
                properties.claimLease()).orElseThrow(() -> notParked(workspaceId, messageId));
        requeueOrExplain(marked);
        return marked;
    }

    /** Replays every parked reply of the workspace (up to {@value #LIMIT} a call); answers those requeued. */
    List<DeliveryRecord> replayAll(String workspaceId) {
        List<DeliveryRecord> requeued = new ArrayList<>();
        for (DeliveryRecord parked : parked(workspaceId)) {
            Optional<DeliveryRecord> marked = deliveries.markForReplay(workspaceId, parked.messageId(), Instant.now(),
                    properties.claimLease());
            if (marked.isPresent()) {
                requeueOrExplain(marked.get());
                requeued.add(marked.get());
            }
        }
        return requeued;
    }

    private void requeueOrExplain(DeliveryRecord marked) {
        try {
            requeue.requeue(marked.reply());
            log.info("replay {} of message {} requeued on {}", marked.generation(), marked.messageId(),
                    marked.reply().channel());
        } catch (RuntimeException e) {
            log.warn("replay of message {} not requeued: {}", marked.messageId(), e.toString());
            throw Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "replay-not-queued", "Replay not queued",
                    "Message " + marked.messageId() + " is marked for replay but Kafka did not take it; "
                            + "replay it again.");
        }
    }

    private RuntimeException notParked(String workspaceId, String messageId) {
        boolean known = deliveries.find(messageId).filter(record -> record.reply().workspaceId().equals(workspaceId))
                .isPresent();
        return known ? Problems.of(HttpStatus.CONFLICT, "not-parked", "Not parked",
                "Message " + messageId + " is not parked: it was delivered, or is being delivered.")
                : Problems.of(HttpStatus.NOT_FOUND, "dead-letter-not-found", "Dead letter not found",
                        "No delivery of message " + messageId + " in this workspace.");
    }
}
