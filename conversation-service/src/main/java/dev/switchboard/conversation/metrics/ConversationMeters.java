package dev.switchboard.conversation.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The Micrometer histograms of conversations, tagged by workspace, team and channel ({@link MetricTagLimits} bounds
 * how many workspaces and teams): buckets at the service levels a support team talks about, from 30 seconds to 3 days.
 */
@Component
class ConversationMeters {

    static final String AGENT_REPLIES = "switchboard.conversation.agent-replies";

    private static final Duration[] TIME_BUCKETS = {Duration.ofSeconds(30), Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(3)};
    private static final double[] REPLY_BUCKETS = {1, 2, 3, 5, 8, 13, 21};

    private final MeterRegistry registry;

    ConversationMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Moment moment, Tags tags, Duration elapsed) {
        Timer.builder(moment.meter)
                .description(moment.description)
                .tags(tags)
                .serviceLevelObjectives(TIME_BUCKETS)
                .register(registry)
                .record(elapsed);
    }

    void agentReplies(Tags tags, long replies) {
        DistributionSummary.builder(AGENT_REPLIES)
                .description("Replies agents wrote in a conversation, counted when it is resolved")
                .baseUnit("replies")
                .tags(tags)
                .serviceLevelObjectives(REPLY_BUCKETS)
                .register(registry)
                .record(replies);
    }
}
