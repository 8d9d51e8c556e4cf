package dev.switchboard.notify.delivery;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.delivery.log.DeliveryRecord;
import dev.switchboard.notify.delivery.log.DeliveryState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code delivery-events} a delivery record stands for. Ids and times come from the record, so repeating the
 * outcome of a redelivered reply publishes the very same event and subscribers drop the copy; each replay is a new
 * generation, whose outcome is a new event.
 */
final class Outcomes {

    private Outcomes() {
    }

    static DeliveryEvent of(DeliveryRecord record) {
        AgentReplied reply = record.reply();
        Instant at = Objects.requireNonNullElse(record.finishedAt(), Instant.now());
        if (record.state() == DeliveryState.DELIVERED) {
            return new MessageDelivered(id("delivered", 0, reply), at, reply.workspaceId(), reply.conversationId(),
                    reply.messageId(), reply.channel(), record.providerMessageId());
        }
        boolean parked = record.state() == DeliveryState.DEAD;
        return new DeliveryFailed(id(parked ? "dead" : "failed", record.generation(), reply), at,
                reply.workspaceId(), reply.conversationId(), reply.messageId(), reply.channel(),
                Objects.requireNonNullElse(record.reason(), "undelivered"), record.attemptCount(), parked);
    }

    /** The notice that a delivery is failing and being retried, once per generation. */
    static DeliveryFailed retrying(AgentReplied reply, int generation, int attempts, String reason) {
        return new DeliveryFailed(id("retrying", generation, reply), Instant.now(), reply.workspaceId(),
                reply.conversationId(), reply.messageId(), reply.channel(), reason + "; retrying", attempts, false);
    }

    private static UUID id(String outcome, int generation, AgentReplied reply) {
        return UUID.nameUUIDFromBytes((outcome + ":" + generation + ":" + reply.messageId())
                .getBytes(StandardCharsets.UTF_8));
    }
}
