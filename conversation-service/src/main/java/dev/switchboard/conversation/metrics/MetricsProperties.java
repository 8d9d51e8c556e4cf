package dev.switchboard.conversation.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many distinct workspaces and teams the conversation meters may carry ({@code switchboard.metrics}). */
@ConfigurationProperties("switchboard.metrics")
record MetricsProperties(@DefaultValue("1000") int maxWorkspaces, @DefaultValue("200") int maxTeams) {
}
