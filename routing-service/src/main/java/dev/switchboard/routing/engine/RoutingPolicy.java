package dev.switchboard.routing.engine;

import dev.switchboard.events.Channel;
import dev.switchboard.events.PresenceReason;
import dev.switchboard.events.RoutingPolicyChanged;
import dev.switchboard.events.RoutingStrategy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's routing rules that an operator may tune: the choice strategy (per team if wanted), how much each
 * channel weighs against an agent's capacity, the sticky window and the offline grace periods.
 *
 * @param channelWeights by channel, in thousandths of a conversation (1000 = a chat), so loads add up exactly
 * @param priorityBumpAfter how long a conversation waits before each one-level priority rise; {@code null}: never
 * @param skillRelaxationAfter how long a conversation waits before its required skills are dropped; {@code null}:
 *     never
 */
public record RoutingPolicy(RoutingStrategy strategy, Map<String, RoutingStrategy> teamStrategies,
        Map<Channel, Integer> channelWeights, Duration stickyWindow, Map<PresenceReason, Duration> offlineGrace,
        @Nullable Duration priorityBumpAfter, @Nullable Duration skillRelaxationAfter) {

    /** One conversation, in the thousandths loads are counted in. */
    public static final int WHOLE = 1000;

    public RoutingPolicy {
        strategy = strategy == null ? RoutingStrategy.LEAST_LOADED : strategy;
        teamStrategies = teamStrategies == null ? Map.of() : Map.copyOf(teamStrategies);
        channelWeights = complete(channelWeights);
        stickyWindow = stickyWindow == null ? Duration.ofHours(24) : stickyWindow;
        offlineGrace = offlineGrace == null ? defaultGrace() : Map.copyOf(offlineGrace);
    }

    /** Least-loaded; chat-like channels 1.0 and email 0.5; 24 h sticky; grace 0 s when chosen, 60 s disconnected. */
    public static RoutingPolicy defaults() {
        return new RoutingPolicy(RoutingStrategy.LEAST_LOADED, Map.of(), Map.of(), Duration.ofHours(24),
                defaultGrace(), null, null);
    }

    public int weight(Channel channel) {
        return channelWeights.get(channel);
    }

    public RoutingStrategy strategyFor(@Nullable String team) {
        return team == null ? strategy : teamStrategies.getOrDefault(team, strategy);
    }

    public Duration graceFor(PresenceReason reason) {
        return offlineGrace.getOrDefault(reason, Duration.ZERO);
    }

    /** The policy after an operator's change: what the change leaves out keeps its default. */
    static RoutingPolicy of(RoutingPolicyChanged change) {
        Map<PresenceReason, Duration> grace = new EnumMap<>(defaultGrace());
        change.offlineGraceSeconds().forEach((reason, seconds) -> grace.put(reason, Duration.ofSeconds(seconds)));
        return new RoutingPolicy(change.strategy(), change.teamStrategies(), thousandths(change.channelWeights()),
                Duration.ofSeconds(change.stickyWindowSeconds()), grace, positiveSeconds(change.priorityBumpAfterSeconds()),
                positiveSeconds(change.skillRelaxationAfterSeconds()));
    }

    /** Whether anything changes for a conversation merely because it keeps waiting. */
    boolean hasWaitingRules() {
        return priorityBumpAfter != null || skillRelaxationAfter != null;
    }

    private static @Nullable Duration positiveSeconds(@Nullable Long seconds) {
        return seconds == null || seconds <= 0 ? null : Duration.ofSeconds(seconds);
    }

    /** Contract weights (1.0 = a chat) in thousandths, never negative. */
    static Map<Channel, Integer> thousandths(Map<Channel, Double> weights) {
        Map<Channel, Integer> exact = new EnumMap<>(Channel.class);
        weights.forEach((channel, weight) -> exact.put(channel, (int) Math.max(0, Math.round(weight * WHOLE))));
        return exact;
    }

    private static Map<Channel, Integer> complete(@Nullable Map<Channel, Integer> weights) {
        Map<Channel, Integer> all = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            all.put(channel, channel == Channel.EMAIL ? WHOLE / 2 : WHOLE);
        }
        if (weights != null) {
            all.putAll(weights);
        }
        return Map.copyOf(all);
    }

    private static Map<PresenceReason, Duration> defaultGrace() {
        return Map.of(PresenceReason.CHOSEN, Duration.ZERO, PresenceReason.SHIFT_ENDED, Duration.ZERO,
                PresenceReason.DISCONNECTED, Duration.ofSeconds(60));
    }
}
