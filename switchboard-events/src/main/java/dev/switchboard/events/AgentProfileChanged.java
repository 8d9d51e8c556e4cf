package dev.switchboard.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An agent's routing profile changed: how much they carry, how heavy each channel weighs for them, and which teams
 * and skills route work to them.
 *
 * @param capacity the budget of weighted conversations they hold at once
 * @param channelWeights their own weights, overriding the workspace's (e.g. {@code EMAIL: 0.5}); empty for none
 */
public record AgentProfileChanged(UUID eventId, Instant occurredAt, String workspaceId, String agentId,
        int capacity, Map<Channel, Double> channelWeights, List<String> teams, List<String> skills)
        implements RoutingInput {

    public AgentProfileChanged {
        channelWeights = channelWeights == null ? Map.of() : Map.copyOf(channelWeights);
        teams = teams == null ? List.of() : List.copyOf(teams);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
