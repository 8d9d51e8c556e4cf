package dev.switchboard.conversation.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periodic sweeps ({@code switchboard.conversation.sweeps}): the outbox relay's and the snooze alarm's.
 *
 * @param interval the pause between two runs of each sweep
 * @param outboxGrace how long an outbox is left to its writer's own flush before a sweep relays it
 * @param batch at most this many documents per collection and run, so one run stays short
 */
@ConfigurationProperties("switchboard.conversation.sweeps")
public record SweepProperties(@DefaultValue("1s") Duration interval, @DefaultValue("10s") Duration outboxGrace,
        @DefaultValue("100") int batch) {
}
