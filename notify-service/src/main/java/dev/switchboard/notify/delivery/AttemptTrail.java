package dev.switchboard.notify.delivery;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.delivery.log.Claim;
import dev.switchboard.notify.delivery.log.DeliveryLog;
import dev.switchboard.notify.delivery.provider.AttemptObserver;
import dev.switchboard.notify.delivery.provider.ProviderAttempt;
import dev.switchboard.notify.delivery.provider.ProviderFailure;
import java.time.Instant;

/**
 * Puts each try of one delivery on record as it ends (which also renews the claim), and says once, at the first
 * failed try that will be retried, that the reply is failing.
 */
final class AttemptTrail implements AttemptObserver {

    private final DeliveryLog deliveries;
    private final Claim.Claimed claim;
    private final AgentReplied reply;
    private final DeliveryNotices notices;
    private final String provider;
    private final int maxAttempts;
    private int part;
    private int triesOfPart;
    private int attempts;
    private boolean noticed;

    AttemptTrail(DeliveryLog deliveries, Claim.Claimed claim, AgentReplied reply, DeliveryNotices notices,
            String provider, int maxAttempts) {
        this.deliveries = deliveries;
        this.claim = claim;
        this.reply = reply;
        this.notices = notices;
        this.provider = provider;
        this.maxAttempts = maxAttempts;
        this.attempts = claim.attemptCount();
    }

    void startPart(int index) {
        part = index;
        triesOfPart = 0;
    }

    int triesOfPart() {
        return triesOfPart;
    }

    @Override
    public void attempted(ProviderAttempt attempt) {
        attempts++;
        triesOfPart++;
        deliveries.attempted(claim, part, attempt, Instant.now());
        if (!noticed && !attempt.sent() && attempt.outcome() != ProviderAttempt.Outcome.PERMANENT
                && triesOfPart < maxAttempts) {
            noticed = true;
            notices.retrying(Outcomes.retrying(reply, claim.generation(), attempts,
                    ProviderFailure.reason(provider, attempt.code(), attempt.status(), attempt.detail())));
        }
    }
}
