package dev.switchboard.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's routing policy changed. Defaults when never set: least-loaded, chat-like channels weigh 1.0 and
 * email 0.5, a 24 h sticky window, no grace for a chosen or shift-end logout and 60 s for a dropped connection.
 *
 * @param teamStrategies a team's own strategy, overriding {@code strategy} for conversations of that team
 * @param channelWeights the workspace's weights; channels left out keep their default
 * @param stickyWindowSeconds how long after they last helped a customer an agent is preferred for them (boxed, so
 *     that a producer leaving it out gets the default)
 * @param offlineGraceSeconds how long an OFFLINE agent keeps their conversations, by reason; reasons left out keep
 *     their default
 * @param priorityBumpAfterSeconds when set, a conversation still waiting this long after it started waiting moves up
 *     one priority (low, normal, high, urgent), and one more for each such span after; absent: never
 * @param skillRelaxationAfterSeconds when set, a conversation still waiting this long stops requiring skills and may
 *     go to any agent of its team; absent: never
 */
public record RoutingPolicyChanged(UUID eventId, Instant occurredAt, String workspaceId, RoutingStrategy strategy,
        Map<String, RoutingStrategy> teamStrategies, Map<Channel, Double> channelWeights, Long stickyWindowSeconds,
        Map<PresenceReason, Long> offlineGraceSeconds, @Nullable Long priorityBumpAfterSeconds,
        @Nullable Long skillRelaxationAfterSeconds) implements RoutingInput {

    /** 24 hours. */
    public static final long DEFAULT_STICKY_WINDOW_SECONDS = 86_400;

    public RoutingPolicyChanged {
        strategy = strategy == null ? RoutingStrategy.LEAST_LOADED : strategy;
        teamStrategies = teamStrategies == null ? Map.of() : Map.copyOf(teamStrategies);
        channelWeights = channelWeights == null ? Map.of() : Map.copyOf(channelWeights);
        offlineGraceSeconds = offlineGraceSeconds == null ? Map.of() : Map.copyOf(offlineGraceSeconds);
        stickyWindowSeconds = stickyWindowSeconds == null ? Long.valueOf(DEFAULT_STICKY_WINDOW_SECONDS)
                : stickyWindowSeconds;
    }

    /** A policy without waiting-time rules. */
    public RoutingPolicyChanged(UUID eventId, Instant occurredAt, String workspaceId, RoutingStrategy strategy,
            Map<String, RoutingStrategy> teamStrategies, Map<Channel, Double> channelWeights, Long stickyWindowSeconds,
            Map<PresenceReason, Long> offlineGraceSeconds) {
        this(eventId, occurredAt, workspaceId, strategy, teamStrategies, channelWeights, stickyWindowSeconds,
                offlineGraceSeconds, null, null);
    }
}
