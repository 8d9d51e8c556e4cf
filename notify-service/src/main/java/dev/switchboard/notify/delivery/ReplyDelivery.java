package dev.switchboard.notify.delivery;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.events.DeliveryFailed;
import dev.switchboard.events.MessageDelivered;
import dev.switchboard.notify.delivery.webchat.WebchatDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Carries an agent's reply out on the customer's channel and always answers with an outcome, so that no reply is
 * dropped silently: delivered, or failed with a reason the agent can see.
 *
 * <p>With several notify instances, {@code outbound-messages} (group {@code notify-service}) reaches only the
 * instance owning the record's partition, while the visitor's widget may be connected to another one. Web chat
 * delivery then has to become a broadcast like the agent push (a later issue): every instance reads
 * {@code outbound-messages} under its own group and writes to the widgets it holds; an instance that delivered
 * publishes {@code MessageDelivered}, and the group member alone publishes {@code DeliveryFailed}, only when a shared
 * visitor-presence record (visitor to instances, kept alive by heartbeats with a TTL) shows no instance holds one.
 */
@Component
public class ReplyDelivery {

    static final String NOT_CONNECTED = "visitor not connected";
    static final String NOT_SUPPORTED = "channel not yet supported";

    private final WebchatDelivery webchat;

    ReplyDelivery(WebchatDelivery webchat) {
        this.webchat = webchat;
    }

    public DeliveryEvent deliver(AgentReplied reply) {
        if (reply.channel() != Channel.WEBCHAT) {
            return failed(reply, NOT_SUPPORTED);
        }
        return webchat.deliver(reply) ? delivered(reply) : failed(reply, NOT_CONNECTED);
    }

    private MessageDelivered delivered(AgentReplied reply) {
        return new MessageDelivered(outcomeId("delivered", reply), Instant.now(), reply.workspaceId(),
                reply.conversationId(), reply.messageId(), reply.channel(), null);
    }

    /** Not permanent: the message is stored, and the widget fetches the history when it reconnects. */
    private DeliveryFailed failed(AgentReplied reply, String reason) {
        return new DeliveryFailed(outcomeId("failed:" + reason, reply), Instant.now(), reply.workspaceId(),
                reply.conversationId(), reply.messageId(), reply.channel(), reason, 1, false);
    }

    /** Derived from the reply, so a redelivered reply yields the same event id and subscribers can drop the copy. */
    private static UUID outcomeId(String outcome, AgentReplied reply) {
        return UUID.nameUUIDFromBytes((outcome + ":" + reply.eventId()).getBytes(StandardCharsets.UTF_8));
    }
}
