package dev.switchboard.notify.delivery;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Channel;
import dev.switchboard.events.DeliveryEvent;
import dev.switchboard.notify.delivery.log.Claim;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import dev.switchboard.notify.delivery.log.DeliveryRecord;
import dev.switchboard.notify.delivery.log.Settlement;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import dev.switchboard.notify.delivery.webchat.WebchatDelivery;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries an agent's reply out on the customer's channel, at most once, and always answers with an outcome, so that
 * no reply is dropped silently: delivered, failed, or parked for an operator to replay. A reply already in the
 * delivery log is not sent again; its recorded outcome is answered instead.
 *
 * <p>With several notify instances, {@code outbound-webchat} (group {@code notify-service.outbound-webchat}) reaches
 * only the instance owning the record's partition, while the visitor's widget may be connected to another one. So
 * every instance also reads {@code outbound-webchat} under its own group and shows the reply on the widgets it holds
 * ({@code webchatWidgets-in-0}); the group member here alone settles the delivery log, as failed only when the shared
 * record of the visitor's widgets shows no running instance holds one.
 */
@Component
public class ReplyDelivery {

    static final String NOT_CONNECTED = "visitor not connected";
    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    private final DeliveryClaims claims;
    private final DeliveryLog deliveries;
    private final WebchatDelivery webchat;
    private final ProviderDispatch providers;

    ReplyDelivery(DeliveryClaims claims, DeliveryLog deliveries, WebchatDelivery webchat, ProviderDispatch providers) {
        this.claims = claims;
        this.deliveries = deliveries;
        this.webchat = webchat;
        this.providers = providers;
    }

    /** Delivers the reply, or finds it settled; answers the outcome to publish (the same event for a repeat). */
    public DeliveryEvent deliver(AgentReplied reply, DeliveryNotices notices) {
        Claim claim = claims.acquire(reply);
        if (!(claim instanceof Claim.Claimed claimed)) {
            DeliveryRecord settled = ((Claim.Settled) claim).record();
            log.info("message {} was already {}; repeating its outcome, sending nothing", reply.messageId(),
                    settled.state());
            return Outcomes.of(settled);
        }
        Settlement settlement = reply.channel() == Channel.WEBCHAT ? toWidget(reply, claimed)
                : providers.deliver(reply, claimed, notices);
        DeliveryRecord record = deliveries.settle(claimed, settlement, Instant.now());
        log.info("message {} on {} via inbox {}: {} after {} attempt(s)", reply.messageId(), reply.channel(),
                reply.inboxId(), record.state(), record.attemptCount());
        return Outcomes.of(record);
    }

    /** Not parked when no widget is open: the message is stored, and the widget loads the history on reconnect. */
    private Settlement toWidget(AgentReplied reply, Claim.Claimed claim) {
        Instant at = Instant.now();
        boolean delivered = webchat.deliver(reply);
        Duration latency = Duration.between(at, Instant.now());
        deliveries.attempted(claim, 0, new ProviderAttempt(at, delivered ? ProviderAttempt.Outcome.SENT
                : ProviderAttempt.Outcome.PERMANENT, latency, null, null, delivered ? null : NOT_CONNECTED), at);
        return delivered ? Settlement.delivered(null) : Settlement.failed(NOT_CONNECTED);
    }
}
