package dev.switchboard.conversation.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds the tag values of the conversation meters ({@code switchboard.metrics}): past {@code max-workspaces}
 * workspaces or {@code max-teams} teams, new series are dropped rather than growing the registry without end.
 */
@Configuration(proxyBeanMethods = false)
class MetricTagLimits {

    private static final String PREFIX = "switchboard.conversation";

    @Bean
    MeterFilter conversationWorkspaceLimit(MetricsProperties limits) {
        return MeterFilter.maximumAllowableTags(PREFIX, "workspace", limits.maxWorkspaces(), MeterFilter.deny());
    }

    @Bean
    MeterFilter conversationTeamLimit(MetricsProperties limits) {
        return MeterFilter.maximumAllowableTags(PREFIX, "team", limits.maxTeams(), MeterFilter.deny());
    }
}
