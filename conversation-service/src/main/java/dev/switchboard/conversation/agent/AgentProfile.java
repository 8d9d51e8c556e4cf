package dev.switchboard.conversation.agent;

import dev.switchboard.events.Channel;
import java.util.List;
import java.util.Map;

/** What routing needs to know about an agent besides presence: capacity, channel weights, teams and skills. */
public record AgentProfile(int capacity, Map<Channel, Double> channelWeights, List<String> teams,
        List<String> skills) {

    public AgentProfile {
        channelWeights = Map.copyOf(channelWeights);
        teams = List.copyOf(teams);
        skills = List.copyOf(skills);
    }
}
