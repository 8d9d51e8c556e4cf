package dev.switchboard.conversation.routing;

import dev.switchboard.events.Channel;
import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.RoutingPolicyChanged;
import dev.switchboard.events.RoutingStrategy;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an admin may set of the routing policy; whatever is left out takes routing's default.
 *
 * @param channelWeights what a conversation on each channel counts against an agent's capacity (1.0 = a chat)
 * @param stickyWindowSeconds how long an agent stays preferred for a customer they helped
 * @param offlineGraceSeconds how long an offline agent keeps their conversations, by why they went offline
 */
record PolicyRequest(@Nullable RoutingStrategy strategy,
        @Nullable Map<String, @NotNull RoutingStrategy> teamStrategies,
        @Nullable Map<Channel, @NotNull @DecimalMin("0.0") @DecimalMax("10.0") Double> channelWeights,
        @Nullable @Min(0) @Max(2_592_000) Long stickyWindowSeconds,
        @Nullable Map<PresenceReason, @NotNull @Min(0) @Max(86_400) Long> offlineGraceSeconds,
        @Nullable @Positive @Max(2_592_000) Long priorityBumpAfterSeconds,
        @Nullable @Positive @Max(2_592_000) Long skillRelaxationAfterSeconds) {

    RoutingPolicyChanged toEvent(String workspaceId, Instant now) {
        return new RoutingPolicyChanged(UUID.randomUUID(), now, workspaceId, strategy, teamStrategies,
                channelWeights, stickyWindowSeconds, offlineGraceSeconds, priorityBumpAfterSeconds,
                skillRelaxationAfterSeconds);
    }
}
