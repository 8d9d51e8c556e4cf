package dev.switchboard.conversation.messaging;

import dev.switchboard.conversation.conversation.SnoozeAlarm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the periodic sweeps on every instance, each every {@code switchboard.conversation.sweeps.interval}: the outbox
 * relay (events a crash or an unavailable broker left behind) and the snooze alarm. Each run is bounded and claims
 * what it works on with conditional updates, so instances never do the same work twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Sweeps implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Sweeps.class);

    private final OutboxRelay relay;
    private final SnoozeAlarm alarm;
    private final SweepProperties sweeps;

    Sweeps(OutboxRelay relay, SnoozeAlarm alarm, SweepProperties sweeps) {
        this.relay = relay;
        this.alarm = alarm;
        this.sweeps = sweeps;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        every(registrar, "outbox relay", relay::sweep);
        every(registrar, "snooze alarm", alarm::wakeDue);
    }

    private void every(ScheduledTaskRegistrar registrar, String name, Sweep sweep) {
        registrar.addFixedDelayTask(new FixedDelayTask(() -> {
            try {
                int done = sweep.run();
                if (done > 0) {
                    log.info("{}: {} documents", name, done);
                }
            } catch (RuntimeException e) {
                log.warn("{} failed; next run in {} ({})", name, sweeps.interval(), e.toString());
            }
        }, sweeps.interval(), sweeps.interval()));
    }

    /** One run of a sweep, answering how many documents it handled. */
    private interface Sweep {
        int run();
    }
}
