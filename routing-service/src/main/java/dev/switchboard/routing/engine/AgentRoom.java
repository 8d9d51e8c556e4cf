package dev.switchboard.routing.engine;

import dev.switchboard.events.Channel;
import dev.switchboard.events.Presence;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The agents who could take something now — ONLINE with room for a conversation on some channel — per team and for
 * the whole floor, each both least-loaded first and in id order: choosing an agent looks at these alone, so a floor
 * where everyone is full costs nothing to ask, however many agents it has.
 *
 * <p>Each index is split by how much room an agent has, in the steps of the weights the policy gives channels (by
 * default: room for an email only, 0.5, or for a chat too, 1.0). A chat is offered only to those with room for one,
 * so agents with room for an email alone are not walked past by every chat that arrives; an agent is still in one
 * place per team, so an assignment re-indexes them no more than an unsplit index would.
 */
final class AgentRoom {

    private static final String EVERYONE = "";
    private static final Channel[] CHANNELS = Channel.values();

    private final Map<String, RoomSteps> teams = new HashMap<>();
    private final int[] stepOf = new int[CHANNELS.length];
    private int steps;
    private @Nullable RoutingPolicy steppedFor;

    /** Moves an agent's entry from their old seat to their new one ({@code null} for none). */
    void update(@Nullable Agent before, @Nullable Agent after, RoutingPolicy policy) {
        stepsOf(policy);
        if (before != null) {
            place(before, step(before, policy), false);
        }
        if (after != null) {
            place(after, step(after, policy), true);
        }
    }

    /** Indexes every agent anew, after the policy (and so the steps of room) changed. */
    void rebuild(Collection<Agent> agents, RoutingPolicy policy) {
        teams.clear();
        steppedFor = null;
        agents.forEach(agent -> update(null, agent, policy));
    }

    /** Those with room for a conversation on {@code channel} who may take one of {@code team} (anyone's for null). */
    RoomSteps.Offer forNeed(@Nullable String team, Channel channel) {
        RoomSteps ofTeam = teams.get(team == null ? EVERYONE : team);
        return ofTeam == null ? RoomSteps.Offer.NONE : ofTeam.from(stepOf[channel.ordinal()]);
    }

    /** Online with room for a conversation on at least their lightest channel. */
    static boolean hasRoom(Agent agent, RoutingPolicy policy) {
        if (agent.presence() != Presence.ONLINE) {
            return false;
        }
        int lightest = Integer.MAX_VALUE;
        for (Channel channel : CHANNELS) {
            lightest = Math.min(lightest, agent.weightOf(channel, policy));
        }
        return agent.load() + lightest <= agent.budget();
    }

    /**
     * The highest step of a channel the agent has room for, or -1 for none: whoever may take a conversation on a
     * channel is then found at that channel's step or above, whatever their own weights.
     */
    private int step(Agent agent, RoutingPolicy policy) {
        if (agent.presence() != Presence.ONLINE) {
            return -1;
        }
        int room = agent.budget() - agent.load();
        int highest = -1;
        for (Channel channel : CHANNELS) {
            if (agent.weightOf(channel, policy) <= room) {
                highest = Math.max(highest, stepOf[channel.ordinal()]);
            }
        }
        return highest;
    }

    private void place(Agent agent, int step, boolean in) {
        if (step < 0) {
            return;
        }
        teams.computeIfAbsent(EVERYONE, key -> new RoomSteps(steps)).place(agent, step, in);
        List<String> ofAgent = agent.teams();
        for (int i = 0; i < ofAgent.size(); i++) {
            teams.computeIfAbsent(ofAgent.get(i), key -> new RoomSteps(steps)).place(agent, step, in);
        }
    }

    /** Numbers the distinct weights the policy gives channels, lightest first: a step of room per weight. */
    private void stepsOf(RoutingPolicy policy) {
        if (policy == steppedFor) {
            return;
        }
        int[] weights = Arrays.stream(CHANNELS).mapToInt(policy::weight).distinct().sorted().toArray();
        for (Channel channel : CHANNELS) {
            stepOf[channel.ordinal()] = Arrays.binarySearch(weights, policy.weight(channel));
        }
        steps = weights.length;
        steppedFor = policy;
    }
}
