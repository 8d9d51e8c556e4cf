package dev.switchboard.conversation.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Finds, every {@code sweep-every}, what no event will announce: connection reports that lapsed (their notify instance
 * died without a word) and status changes routing was not told of (a failed publication). Bounded per look; every
 * instance of this service sweeps, and the versioned writes let only one of them act on each change.
 */
@Component
class PresenceSweep implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PresenceSweep.class);

    private final PresenceStore store;
    private final AgentStatuses statuses;
    private final PresenceProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "presence-sweep");
        thread.setDaemon(true);
        return thread;
    });

    PresenceSweep(PresenceStore store, AgentStatuses statuses, PresenceProperties properties, Clock clock) {
        this.store = store;
        this.statuses = statuses;
        this.properties = properties;
        this.clock = clock;
        long every = properties.sweepEvery().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            Instant now = clock.instant();
            store.lapsing(now, properties.sweepBatch()).forEach(agent -> guarded(agent, () -> statuses.lapse(agent)));
            Instant stale = now.minus(properties.announceRetryAfter());
            store.unannounced(stale, properties.sweepBatch())
                    .forEach(agent -> guarded(agent, () -> statuses.announceAgain(agent, stale)));
        } catch (RuntimeException e) {
            log.warn("presence sweep failed, trying again in {}: {}", properties.sweepEvery(), e.toString());
        }
    }

    private static void guarded(AgentRef agent, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("presence of agent {} not settled this time: {}", agent.agentId(), e.toString());
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
    }
}
