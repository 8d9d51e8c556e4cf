package dev.switchboard.notify.delivery;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.delivery.inbox.ProviderDirectory;
import dev.switchboard.notify.delivery.inbox.Route;
import dev.switchboard.notify.delivery.log.Claim;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import dev.switchboard.notify.delivery.log.Settlement;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import dev.switchboard.notify.delivery.provider.ProviderCall;
import dev.switchboard.notify.delivery.provider.ProviderFailure;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends a claimed reply through its inbox's provider, part by part, skipping parts already on record as sent, and
 * settles it: delivered, or parked with the provider's reason (refused at once, or retries spent). Anything else
 * that goes wrong (the log, Kafka) is not the provider's doing and is left to the caller.
 */
@Component
class ProviderDispatch {

    private final ProviderDirectory directory;
    private final DeliveryLog deliveries;

    ProviderDispatch(ProviderDirectory directory, DeliveryLog deliveries) {
        this.directory = directory;
        this.deliveries = deliveries;
    }

    Settlement deliver(AgentReplied reply, Claim.Claimed claim, DeliveryNotices notices) {
        Optional<Route> found = directory.routeFor(reply);
        if (found.isEmpty()) {
            return Settlement.dead("no " + reply.channel() + " inbox '" + reply.inboxId()
                    + "' is configured for this workspace", "unknown-inbox");
        }
        Route route = found.get();
        List<ProviderCall> calls = route.client().callsFor(reply);
        if (calls.isEmpty()) {
            return Settlement.dead("the reply has neither text nor attachments", "empty-reply");
        }
        var trail = new AttemptTrail(deliveries, claim, reply, notices, route.client().provider(),
                route.guard().maxAttempts());
        @Nullable String first = claim.partIds().isEmpty() ? null : claim.partIds().get(0);
        try {
            for (int part = claim.partIds().size(); part < calls.size(); part++) {
                trail.startPart(part);
                String id = route.guard().send(calls.get(part), trail);
                deliveries.partSent(claim, id);
                first = first == null ? id : first;
            }
            return Settlement.delivered(first);
        } catch (ProviderFailure failure) {
            String reason = failure.kind() == ProviderFailure.Kind.PERMANENT ? failure.reason()
                    : givenUp(trail, failure.reason());
            return Settlement.dead(reason, failure.code());
        } catch (RuntimeException heldBack) {
            String reason = ProviderAttempt.heldBackReason(heldBack);
            if (reason == null) {
                throw heldBack;
            }
            return Settlement.dead(givenUp(trail, reason), null);
        }
    }

    private static String givenUp(AttemptTrail trail, String reason) {
        return "gave up after " + trail.triesOfPart() + " attempts: " + reason;
    }
}
